using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>One objective after a check: passed or not, the feedback that goes with it, and what was found.</summary>
public sealed record ObjectiveResult(string Id, bool Passed, string Feedback, string Observed, int Weight);

/// <summary>One guard after a check: whether it tripped, what that costs, and (when it tripped) what the trainee did and why it is unsafe.</summary>
/// <param name="Checked">False when the guard could not be evaluated (<see cref="Observed"/> says why): the run cannot count as solved then.</param>
public sealed record GuardResult(string Id, bool Tripped, bool FailsRun, int PenaltyPoints, string Feedback, string Observed, bool Checked = true);

/// <summary>How a run stands: every objective reached and no run-failing guard (Solved), a run-failing guard tripped (Unsafe), or not yet.</summary>
public enum ScenarioOutcome
{
    Unsolved,
    Solved,
    Unsafe,
}

/// <summary>The answer to <c>scenario check</c>: each objective and guard, the score so far and the outcome, with a summary for a trainee.</summary>
public sealed record CheckReport(DateTimeOffset At, IReadOnlyList<ObjectiveResult> Objectives, IReadOnlyList<GuardResult> Guards, int HintPoints,
    int Score, ScenarioOutcome Outcome, string Summary)
{
    public static CheckReport From(DateTimeOffset at, IReadOnlyList<ObjectiveResult> objectives, IReadOnlyList<GuardResult> guards, int hintPoints)
    {
        var (score, outcome) = ScenarioScoring.Score(objectives, guards, hintPoints);
        var passed = objectives.Count(o => o.Passed);
        var tripped = guards.Where(g => g.Tripped).ToList();
        var summary = outcome switch
        {
            ScenarioOutcome.Solved => $"Solved: all {objectives.Count} objectives reached" +
                                      (tripped.Count > 0 ? $", but {tripped.Count} guard(s) cost points ({string.Join(", ", tripped.Select(g => g.Id))})." : ", nothing unsafe done.") +
                                      $" Score {score}/100.",
            ScenarioOutcome.Unsafe => $"Unsafe: {string.Join(", ", tripped.Where(g => g.FailsRun).Select(g => g.Id))} tripped, which fails the run whatever else is fixed. " +
                                      $"{passed} of {objectives.Count} objectives reached. Read the guard feedback below.",
            _ when guards.Any(g => !g.Checked) && objectives.All(o => o.Passed) =>
                $"Not judged: every objective is reached, but {string.Join(", ", guards.Where(g => !g.Checked).Select(g => g.Id))} could not be checked, so nothing unsafe can be ruled out. Check again.",
            _ => $"Not solved yet: {passed} of {objectives.Count} objectives reached. Read the feedback on the ones that fail, investigate, and check again. Score so far {score}/100.",
        };
        return new CheckReport(at, objectives, guards, hintPoints, score, outcome, summary);
    }
}

/// <summary>A hint handed out: its number (1-based), text and cost.</summary>
public sealed record HintGiven(int Number, string Text, int Cost, int Remaining);

/// <summary>A scenario's ticket and where everything is in its workspace.</summary>
public sealed record ScenarioTicket(string Id, string Title, ScenarioTrack Track, ScenarioDifficulty Difficulty, int Minutes, string Briefing,
    IReadOnlyList<string> LearningObjectives, IReadOnlyList<WorkspaceEndpoint> Department, Uri Api);

/// <summary>One device of the workspace as the trainee would address it: name, role, AE title and 127.0.0.1 port.</summary>
public sealed record WorkspaceEndpoint(string Name, string Role, string AeTitle, int Port);
