namespace PacsLab.Scenarios.Catalog;

/// <summary>One parameter a fault, objective, guard or action takes: what the validator, the JSON Schema and the authoring guide know of it.</summary>
public sealed record ParameterSpec(string Name, ParameterKind Kind, bool Required, string Description)
{
    /// <summary>The allowed values of a <see cref="ParameterKind.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>True when the parameter takes a list of values (e.g. several series).</summary>
    public bool IsList { get; init; }

    public static ParameterSpec Needed(string name, ParameterKind kind, string description) => new(name, kind, true, description);
    public static ParameterSpec Optional(string name, ParameterKind kind, string description) => new(name, kind, false, description);
    public static ParameterSpec OneOf(string name, bool required, string description, params string[] choices) =>
        new(name, ParameterKind.Choice, required, description) { Choices = choices };
}
