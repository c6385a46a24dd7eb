namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Scoring: the objectives reached, by weight, out of 100; minus the hints used and the guards tripped that cost
/// points; never below 0. A guard that fails the run makes the score 0 and the outcome Unsafe; a guard that could
/// not be checked keeps the outcome from being Solved.
/// </summary>
public static class ScenarioScoring
{
    public static (int Score, ScenarioOutcome Outcome) Score(IReadOnlyList<ObjectiveResult> objectives, IReadOnlyList<GuardResult> guards, int hintPoints)
    {
        if (guards.Any(g => g.Tripped && g.FailsRun)) return (0, ScenarioOutcome.Unsafe);
        var total = objectives.Sum(o => o.Weight);
        var reached = objectives.Where(o => o.Passed).Sum(o => o.Weight);
        var points = total == 0 ? 0 : (int)Math.Round(100.0 * reached / total, MidpointRounding.AwayFromZero);
        points -= hintPoints + guards.Where(g => g.Tripped).Sum(g => g.PenaltyPoints);
        var solved = objectives.Count > 0 && objectives.All(o => o.Passed) && guards.All(g => g.Checked);
        return (Math.Max(0, points), solved ? ScenarioOutcome.Solved : ScenarioOutcome.Unsolved);
    }
}
