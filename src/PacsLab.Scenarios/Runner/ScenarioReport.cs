using System.Globalization;
using System.Text;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>The whole run for the trainee and the instructor: time, hints, objectives, guards, score, actions, debrief.</summary>
public sealed record ScenarioReport(string Id, string Title, ScenarioTrack Track, ScenarioDifficulty Difficulty, DateTimeOffset ReadyAt, DateTimeOffset? StoppedAt,
    TimeSpan TimeTaken, int Minutes, IReadOnlyList<HintGiven> Hints, CheckReport Check, int Checks, IReadOnlyList<TraineeAction> Actions, string Debrief)
{
    /// <summary>The report as text for a terminal.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        var line = (string s) => text.Append(s).Append('\n');
        line($"Scenario report: {Title} ({Id})");
        line($"Track {Track}, {Difficulty}, planned {Minutes} min; time taken {Duration(TimeTaken)}{(StoppedAt is null ? " (still running)" : "")}.");
        line($"Outcome: {Check.Outcome}. Score {Check.Score}/100 (hints cost {Check.HintPoints}). {Check.Summary}");
        line("");
        line("Objectives:");
        foreach (var o in Check.Objectives) line($"  [{(o.Passed ? "pass" : "FAIL")}] {o.Id}: {o.Feedback} (found: {o.Observed})");
        line("Guards:");
        foreach (var g in Check.Guards)
            line(g.Tripped ? $"  [TRIPPED, {(g.FailsRun ? "fails the run" : $"-{g.PenaltyPoints}")}] {g.Id}: {g.Feedback} (found: {g.Observed})"
                : g.Checked ? $"  [ok] {g.Id} ({g.Observed})" : $"  [NOT CHECKED] {g.Id}: {g.Observed}");
        line($"Hints used: {Hints.Count}");
        foreach (var h in Hints) line($"  {h.Number}. (-{h.Cost}) {h.Text}");
        line($"Checks run: {Checks}");
        line($"What happened after the ticket ({Actions.Count}):");
        foreach (var a in Actions) line($"  {a.At.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)} [{a.Source}] {a.Summary}");
        line("");
        line("Debrief:");
        foreach (var part in Debrief.TrimEnd().Split('\n')) line($"  {part}");
        return text.ToString();
    }

    private static string Duration(TimeSpan span) => span.TotalMinutes >= 1
        ? $"{(int)span.TotalMinutes} min {span.Seconds} s"
        : $"{span.Seconds} s";
}
