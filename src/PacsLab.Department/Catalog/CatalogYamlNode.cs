using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PacsLab.Department.Catalog;

/// <summary>
/// One mapping of the catalog YAML with where it is (file and field path), so that every value read from it, and
/// every problem found with one, can name its file, line and field.
/// </summary>
internal sealed class CatalogYamlNode
{
    private readonly YamlMappingNode _mapping;

    public CatalogYamlNode(YamlMappingNode mapping, string source, string path)
    {
        _mapping = mapping;
        Source = source;
        Path = path;
    }

    public string Source { get; }

    /// <summary>Where this mapping is, e.g. <c>orders[2]</c>; empty for the top level.</summary>
    public string Path { get; }

    public int Line => (int)_mapping.Start.Line;

    /// <summary>Fails on a key that is not one of <paramref name="allowed"/>: a misspelt field would otherwise be silently ignored.</summary>
    public void RejectUnknownFields(params string[] allowed)
    {
        foreach (var key in _mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                throw Error(key, FieldPath(name), $"unknown field '{name}'; the fields here are {string.Join(", ", allowed)}.");
        }
    }

    public string RequiredText(string field) =>
        OptionalText(field) ?? throw Error(_mapping, FieldPath(field), $"the field '{field}' is missing or empty.");

    public string? OptionalText(string field)
    {
        if (!TryGet(field, out var node)) return null;
        if (node is not YamlScalarNode scalar) throw Error(node, FieldPath(field), "expected a single value, not a list or a mapping.");
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    public int RequiredInt(string field, int minimum, int maximum)
    {
        var text = RequiredText(field);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum) return value;
        throw Error(field, $"'{text}' is not a whole number from {minimum} to {maximum}.");
    }

    /// <summary>The mappings of a list field, each with its own path (e.g. <c>patients[3]</c>).</summary>
    public IReadOnlyList<CatalogYamlNode> RequiredList(string field)
    {
        if (!TryGet(field, out var node)) throw Error(_mapping, FieldPath(field), $"the list '{field}' is missing.");
        if (node is not YamlSequenceNode sequence) throw Error(node, FieldPath(field), "expected a list (lines starting with '- ').");
        var items = new List<CatalogYamlNode>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"{FieldPath(field)}[{i}]";
            if (sequence.Children[i] is not YamlMappingNode mapping) throw Error(sequence.Children[i], path, "expected a mapping of fields (name: value).");
            items.Add(new CatalogYamlNode(mapping, Source, path));
        }
        return items;
    }

    /// <summary>A problem with a field's value, at the line of that value (or of this mapping when the field is absent).</summary>
    public CatalogException Error(string field, string problem) =>
        Error(TryGet(field, out var node) ? node : _mapping, FieldPath(field), problem);

    public CatalogException Error(YamlNode node, string path, string problem) => new(Source, (int)node.Start.Line, path, problem);

    private string FieldPath(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    private bool TryGet(string field, out YamlNode node)
    {
        foreach (var (key, value) in _mapping.Children)
        {
            if (key is YamlScalarNode { Value: var name } && name == field)
            {
                node = value;
                return true;
            }
        }
        node = _mapping;
        return false;
    }
}
