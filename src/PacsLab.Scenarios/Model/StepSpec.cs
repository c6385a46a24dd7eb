using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Model;

/// <summary>
/// One entry of a catalog list in the YAML (a fault, a traffic or solution action, a device edit): its type and its
/// parameters as written, with the line it starts on.
/// </summary>
public sealed record StepSpec(string Type, StepArguments Arguments, int Line = 0)
{
    public override string ToString() => Line > 0 ? $"{Type} (line {Line})" : Type;
}
