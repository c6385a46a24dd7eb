using System.Text;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Cli;

/// <summary>Scenarios, tickets and checks as text for a terminal.</summary>
internal static class ScenarioText
{
    public static string Track(ScenarioTrack track) => ScenarioLoader.Tracks.First(t => t.Value == track).Key;
    public static string Difficulty(ScenarioDifficulty difficulty) => ScenarioLoader.Difficulties.First(d => d.Value == difficulty).Key;

    public static string Overview(Scenario s)
    {
        var text = new StringBuilder();
        text.Append($"{s.Title} ({s.Id})\n{Track(s.Track)}, {Difficulty(s.Difficulty)}, about {s.Minutes} minutes; {s.Hints.Count} hints.\n");
        if (s.LearningObjectives.Count > 0)
        {
            text.Append("You will practise:\n");
            foreach (var objective in s.LearningObjectives) text.Append($"  - {objective}\n");
        }
        text.Append("\nThe ticket:\n");
        foreach (var line in s.Briefing.TrimEnd().Split('\n')) text.Append($"  | {line}\n");
        return text.ToString();
    }

    public static string InstructorView(Scenario s, ScenarioCatalog catalog)
    {
        var text = new StringBuilder("\nFor the instructor:\n");
        text.Append("Faults:\n");
        foreach (var f in s.Faults) text.Append($"  - {f.Type}: {(catalog.Faults.TryGetValue(f.Type, out var fault) ? fault.Describe(f.Arguments) : "(unknown type)")}\n");
        text.Append("Traffic:\n");
        foreach (var t in s.Traffic) text.Append($"  - {Step(t)}\n");
        text.Append("Objectives:\n");
        foreach (var o in s.Objectives) text.Append($"  - {o.Id} ({o.Type}, weight {o.Weight})\n");
        text.Append("Guards:\n");
        foreach (var g in s.Guards) text.Append($"  - {g.Id} ({g.Type}): {g.Penalty}\n");
        text.Append("Hints:\n");
        for (var i = 0; i < s.Hints.Count; i++) text.Append($"  {i + 1}. (-{s.Hints[i].Cost}) {s.Hints[i].Text}\n");
        text.Append("Solution:\n");
        foreach (var step in s.Solution) text.Append($"  - {Step(step)}\n");
        foreach (var wrong in s.WrongFixes) text.Append($"Wrong fix '{wrong.Name}' trips {string.Join(", ", wrong.Trips)}\n");
        text.Append("Debrief:\n");
        foreach (var line in s.Debrief.TrimEnd().Split('\n')) text.Append($"  {line}\n");
        return text.ToString();
    }

    public static string Ticket(ScenarioTicket ticket, string workspace)
    {
        var text = new StringBuilder();
        text.Append($"\nScenario started: {ticket.Title} ({ticket.Id}), {Difficulty(ticket.Difficulty)}, about {ticket.Minutes} minutes.\n\nYour ticket:\n");
        foreach (var line in ticket.Briefing.TrimEnd().Split('\n')) text.Append($"  | {line}\n");
        text.Append("\nThe department of this scenario (all on 127.0.0.1; a workspace of its own, the free-play lab is untouched):\n");
        foreach (var e in ticket.Department) text.Append($"  {e.Name,-12} {e.AeTitle,-16} port {e.Port,-5}  {e.Role}\n");
        text.Append($"  REST API     {ticket.Api}  (association log: {ticket.Api}api/pacs/association-log)\n");
        text.Append($"  Workspace    {workspace}\n");
        text.Append("\nIn another terminal: pacslab scenario status | hint | check | report | stop\n");
        text.Append("Investigate with the REST API and DICOM tools (e.g. echoscu, findscu, dcmdump), fix it, then check.\n");
        text.Append("Ctrl+C here stops the scenario.\n");
        return text.ToString();
    }

    public static string Check(CheckReport check)
    {
        var text = new StringBuilder($"{check.Summary}\n");
        foreach (var o in check.Objectives) text.Append($"  [{(o.Passed ? "pass" : "FAIL")}] {o.Id}: {o.Feedback}\n         found: {o.Observed}\n");
        foreach (var g in check.Guards.Where(g => g.Tripped))
            text.Append($"  [GUARD {(g.FailsRun ? "fails the run" : $"-{g.PenaltyPoints}")}] {g.Id}: {g.Feedback}\n         found: {g.Observed}\n");
        return text.ToString();
    }

    private static string Step(StepSpec step) =>
        $"{step.Type} {string.Join(" ", step.Arguments.Names.Select(n => $"{n}={step.Arguments.Find(n)!.Text}"))}".TrimEnd();
}
