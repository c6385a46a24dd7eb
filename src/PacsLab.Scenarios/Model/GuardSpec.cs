using PacsLab.Scenarios.Catalog;

namespace PacsLab.Scenarios.Model;

/// <summary>An unsafe or collateral action the trainee must not take; tripping it costs points or fails the run.</summary>
public sealed record GuardSpec
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required StepArguments Arguments { get; init; }
    public required GuardPenalty Penalty { get; init; }

    /// <summary>What to tell the trainee when it trips: what they did and why it is unsafe.</summary>
    public required string Feedback { get; init; }
    public int Line { get; init; }
}
