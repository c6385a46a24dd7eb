using System.Globalization;

namespace PacsLab.Scenarios.Catalog;

/// <summary>
/// The parameters of one step as written in the YAML: each a single value or a list of values, with the line it is
/// on. The validator has already checked them against the step's <see cref="ParameterSpec"/>s, so the typed getters
/// throw <see cref="ScenarioStepException"/> only for a step that was never validated.
/// </summary>
public sealed class StepArguments
{
    private readonly Dictionary<string, StepValue> _values;

    public StepArguments(IEnumerable<KeyValuePair<string, StepValue>>? values = null) =>
        _values = new Dictionary<string, StepValue>(values ?? [], StringComparer.Ordinal);

    public static StepArguments Of(params (string Name, string Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, StepValue>(v.Name, StepValue.Single(v.Value))));

    public IReadOnlyCollection<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public StepValue? Find(string name) => _values.GetValueOrDefault(name);

    public string Text(string name) => Optional(name) ?? throw Missing(name);

    public string? Optional(string name) => _values.TryGetValue(name, out var value) ? value.Text : null;

    public IReadOnlyList<string> List(string name) => _values.TryGetValue(name, out var value) ? value.Items : [];

    public int Integer(string name) => OptionalInteger(name) ?? throw Missing(name);

    public int? OptionalInteger(string name) =>
        Optional(name) is { } text
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ScenarioStepException($"parameter '{name}' is '{text}', not a whole number")
            : null;

    public bool Flag(string name, bool fallback = false) => Optional(name) is { } text ? ParseFlag(name, text) : fallback;

    public bool? OptionalFlag(string name) => Optional(name) is { } text ? ParseFlag(name, text) : null;

    public int LineOf(string name) => _values.TryGetValue(name, out var value) ? value.Line : 0;

    /// <summary>YAML 1.1 spellings instructors use: true/false, yes/no, on/off.</summary>
    public static bool? TryParseFlag(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    private static bool ParseFlag(string name, string text) =>
        TryParseFlag(text) ?? throw new ScenarioStepException($"parameter '{name}' is '{text}', not one of true/false, yes/no, on/off");

    private static ScenarioStepException Missing(string name) => new($"the parameter '{name}' is missing");
}

/// <summary>A parameter's value: one text, or a list of texts (YAML flow or block list), and its line.</summary>
public sealed record StepValue(IReadOnlyList<string> Items, bool IsList, int Line = 0)
{
    public static StepValue Single(string text, int line = 0) => new([text], false, line);
    public static StepValue Many(IReadOnlyList<string> items, int line = 0) => new(items, true, line);

    /// <summary>The single value; a list reads as its items joined by commas (only for messages).</summary>
    public string Text => IsList ? string.Join(", ", Items) : Items[0];
}
