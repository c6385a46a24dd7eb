using System.Globalization;
using PacsLab.Scenarios.Catalog;
using YamlDotNet.RepresentationModel;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// Reads one YAML mapping of a scenario file, collecting problems (with line and field path) instead of stopping at
/// the first, so `pacslab scenario validate` can list them all.
/// </summary>
internal sealed class YamlReader(YamlMappingNode mapping, string source, string path, List<ScenarioProblem> problems)
{
    public string Path { get; } = path;
    public int Line => (int)mapping.Start.Line;
    public YamlMappingNode Mapping => mapping;

    public void Problem(YamlNode node, string field, string message) => problems.Add(new ScenarioProblem(source, (int)node.Start.Line, FieldPath(field), message));
    public void Problem(string field, string message) => Problem(Node(field) ?? mapping, field, message);

    public IEnumerable<string> Keys => mapping.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "");

    public void RejectUnknown(params string[] allowed)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                Problem(key, name, $"unknown field '{name}'; the fields here are {string.Join(", ", allowed)}");
        }
    }

    public YamlNode? Node(string field) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: var name } && name == field).Value;

    public string? Text(string field, bool required = false)
    {
        var node = Node(field);
        if (node is null)
        {
            if (required) Problem(mapping, field, $"the field '{field}' is missing");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Problem(node, field, "expected a single value, not a list or a mapping");
            return null;
        }
        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required) Problem(node, field, $"the field '{field}' is empty");
            return null;
        }
        return scalar.Value.Trim();
    }

    public int? Integer(string field, int minimum, int maximum, bool required = false)
    {
        var text = Text(field, required);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum) return value;
        Problem(field, $"'{text}' is not a whole number from {minimum} to {maximum}");
        return null;
    }

    public T? Choice<T>(string field, IReadOnlyDictionary<string, T> choices, bool required = false) where T : struct
    {
        var text = Text(field, required);
        if (text is null) return null;
        if (choices.TryGetValue(text, out var value)) return value;
        Problem(field, $"'{text}' is not one of {string.Join(", ", choices.Keys)}");
        return null;
    }

    public IReadOnlyList<string> Strings(string field)
    {
        var node = Node(field);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value }) items.Add(value.Trim());
                    else Problem(item, field, "expected a list of single values");
                }
                return items;
            default:
                Problem(node, field, "expected a list (lines starting with '- ', or [a, b])");
                return [];
        }
    }

    /// <summary>The mappings of a list field, each with its path (e.g. <c>faults[2]</c>).</summary>
    /// <param name="field">The field that holds the list.</param>
    /// <param name="required">True when the list must be there and not be empty.</param>
    /// <param name="why">Why it is required, added to the problem when it is missing or empty.</param>
    public IReadOnlyList<YamlReader> List(string field, bool required = false, string? why = null)
    {
        var node = Node(field);
        var reason = why is null ? "" : $"; {why}";
        if (node is null)
        {
            if (required) Problem(mapping, field, $"the list '{field}' is missing{reason}");
            return [];
        }
        if (node is YamlScalarNode { Value: null or "" })
        {
            // "field:" with nothing after it: an empty list.
            if (required) Problem(node, field, $"the list '{field}' is empty{reason}");
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, field, "expected a list (lines starting with '- ')");
            return [];
        }
        if (required && sequence.Children.Count == 0)
            Problem(node, field, $"the list '{field}' is empty{reason}");
        var readers = new List<YamlReader>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{FieldPath(field)}[{i}]";
            if (sequence.Children[i] is YamlMappingNode item) readers.Add(new YamlReader(item, source, itemPath, problems));
            else problems.Add(new ScenarioProblem(source, (int)sequence.Children[i].Start.Line, itemPath, "expected a mapping of fields (name: value)"));
        }
        return readers;
    }

    public YamlReader? Child(string field)
    {
        var node = Node(field);
        if (node is null) return null;
        if (node is YamlMappingNode child) return new YamlReader(child, source, FieldPath(field), problems);
        Problem(node, field, "expected a mapping of fields (name: value)");
        return null;
    }

    /// <summary>Every field except <paramref name="reserved"/> as a step parameter (a value or a list of values).</summary>
    public StepArguments Arguments(params string[] reserved)
    {
        var values = new List<KeyValuePair<string, StepValue>>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (reserved.Contains(name, StringComparer.Ordinal)) continue;
            switch (value)
            {
                case YamlScalarNode scalar:
                    values.Add(new(name, StepValue.Single(scalar.Value?.Trim() ?? "", (int)scalar.Start.Line)));
                    break;
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                    values.Add(new(name, StepValue.Many(sequence.Children.Select(c => ((YamlScalarNode)c).Value?.Trim() ?? "").ToList(), (int)sequence.Start.Line)));
                    break;
                default:
                    Problem(value, name, "a parameter is a single value or a list of single values");
                    break;
            }
        }
        return new StepArguments(values);
    }

    private string FieldPath(string field) => Path.Length == 0 ? field : field.Length == 0 ? Path : $"{Path}.{field}";
}
