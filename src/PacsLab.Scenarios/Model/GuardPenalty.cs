namespace PacsLab.Scenarios.Model;

/// <summary>A guard either fails the run (YAML <c>penalty: fail</c>) or costs points (<c>penalty: 20</c>).</summary>
public sealed record GuardPenalty(bool FailsRun, int Points)
{
    public static GuardPenalty Fail { get; } = new(true, 0);
    public static GuardPenalty Cost(int points) => new(false, points);
    public override string ToString() => FailsRun ? "fails the run" : $"costs {Points} points";
}
