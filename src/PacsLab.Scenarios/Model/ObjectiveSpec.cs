using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Model;

/// <summary>A check on the end state the trainee must reach, with what to tell them when it passes and when it fails.</summary>
public sealed record ObjectiveSpec
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required StepArguments Arguments { get; init; }
    public required string PassFeedback { get; init; }
    public required string FailFeedback { get; init; }

    /// <summary>Share of the score relative to the other objectives.</summary>
    public int Weight { get; init; } = 1;
    public int Line { get; init; }
}
