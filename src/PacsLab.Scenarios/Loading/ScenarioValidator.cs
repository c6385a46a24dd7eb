using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// Checks a loaded scenario against the catalog and the department: known fault/objective/guard/action types,
/// parameters present and of the right kind, references to devices, patients, orders, studies, series and guards
/// that exist. Each problem names the line.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>Only the catalog types for now; references are checked as the catalog grows.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(Scenario scenario, ScenarioCatalog catalog)
    {
        var problems = new List<ScenarioProblem>();
        void Known<T>(IReadOnlyDictionary<string, T> entries, string what, StepSpec step, string path)
        {
            if (!entries.ContainsKey(step.Type))
                problems.Add(new ScenarioProblem(scenario.Source, step.Line, path, $"unknown {what} '{step.Type}'; the catalog has {string.Join(", ", entries.Keys)}"));
        }
        for (var i = 0; i < scenario.Faults.Count; i++) Known(catalog.Faults, "fault type", scenario.Faults[i], $"faults[{i}]");
        for (var i = 0; i < scenario.Traffic.Count; i++) Known(catalog.Actions, "action", scenario.Traffic[i], $"traffic[{i}]");
        for (var i = 0; i < scenario.Setup.Devices.Count; i++) Known(catalog.Actions, "action", scenario.Setup.Devices[i], $"setup.devices[{i}]");
        for (var i = 0; i < scenario.Solution.Count; i++) Known(catalog.Actions, "action", scenario.Solution[i], $"solution[{i}]");
        for (var i = 0; i < scenario.Objectives.Count; i++)
        {
            var o = scenario.Objectives[i];
            Known(catalog.Objectives, "objective type", new StepSpec(o.Type, o.Arguments, o.Line), $"objectives[{i}]");
        }
        for (var i = 0; i < scenario.Guards.Count; i++)
        {
            var g = scenario.Guards[i];
            Known(catalog.Guards, "guard type", new StepSpec(g.Type, g.Arguments, g.Line), $"guards[{i}]");
        }
        for (var w = 0; w < scenario.WrongFixes.Count; w++)
            for (var i = 0; i < scenario.WrongFixes[w].Steps.Count; i++) Known(catalog.Actions, "action", scenario.WrongFixes[w].Steps[i], $"wrongFixes[{w}].steps[{i}]");
        return problems;
    }
}
