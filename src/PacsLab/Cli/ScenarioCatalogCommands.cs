using System.CommandLine;
using PacsLab.Scenarios.Authoring;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.Scenarios.Model;

namespace PacsLab.Cli;

/// <summary>`scenario list`, `scenario show ID` and `scenario validate FILE...`: reading scenarios, no lab needed.</summary>
internal static class ScenarioCatalogCommands
{
    public static Command List()
    {
        var dir = ScenarioOptions.Dir();
        var command = new Command("list", "List the scenarios: id, track, difficulty, minutes, title.") { dir };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var library = await ScenarioOptions.LibraryAsync(result.GetValue(dir), ct);
            await output.WriteLineAsync($"{"ID",-36} {"TRACK",-14} {"LEVEL",-12} {"MIN",3}  TITLE");
            foreach (var s in library.Scenarios)
                await output.WriteLineAsync($"{s.Id,-36} {ScenarioText.Track(s.Track),-14} {ScenarioText.Difficulty(s.Difficulty),-12} {s.Minutes,3}  {s.Title}");
            if (library.Problems.Count > 0)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"\nThese files have problems and are not offered (`pacslab scenario validate FILE` for details):");
                foreach (var source in library.Problems.Select(p => p.Source).Distinct()) await result.InvocationConfiguration.Error.WriteLineAsync($"  {source}");
            }
            return 0;
        });
        return command;
    }

    public static Command Show()
    {
        var id = new Argument<string>("ID") { Description = "The scenario's id (see `pacslab scenario list`)." };
        var dir = ScenarioOptions.Dir();
        var instructor = new Option<bool>("--instructor") { Description = "Also show the faults, objectives, guards, solution and debrief (spoils the scenario)." };
        var command = new Command("show", "Show a scenario's ticket and what it trains; --instructor shows how it is built.") { id, dir, instructor };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var (scenario, error) = await ScenarioOptions.FindAsync(result.GetValue(id)!, result.GetValue(dir), ct);
            if (scenario is null)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"pacslab scenario show: {error}");
                return 2;
            }
            await output.WriteAsync(ScenarioText.Overview(scenario));
            if (result.GetValue(instructor)) await output.WriteAsync(ScenarioText.InstructorView(scenario, ScenarioCatalog.Default));
            return 0;
        });
        return command;
    }

    public static Command New()
    {
        var id = new Argument<string>("ID") { Description = "The new scenario's id: lower-case words joined by '-', e.g. ct-wrong-called-ae." };
        var output = new Option<string?>("--out") { Description = "The folder to write ID.yaml in (default: the current folder)." };
        var command = new Command("new", "Write a commented scenario template (ID.yaml) to fill in; it validates and self-tests as it is.") { id, output };
        command.SetAction(async (result, ct) =>
        {
            var name = result.GetValue(id)!;
            string text;
            try
            {
                text = ScenarioTemplate.Render(name, ScenarioCatalog.Default);
            }
            catch (ArgumentException ex)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"pacslab scenario new: {ex.Message}");
                return 2;
            }
            var folder = result.GetValue(output) ?? ".";
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{name}.yaml");
            if (File.Exists(path))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"pacslab scenario new: {path} exists already; it was left as it is.");
                return 2;
            }
            await File.WriteAllTextAsync(path, text, ct);
            await result.InvocationConfiguration.Output.WriteLineAsync(
                $"Wrote {path}. Edit it, then: pacslab scenario validate {path}; pacslab scenario selftest {name} --dir {folder}; pacslab scenario start {name} --dir {folder}");
            return 0;
        });
        return command;
    }

    public static Command Schema()
    {
        var command = new Command("schema", "Print the JSON Schema of scenario files (for editors; scenarios/scenario.schema.json holds the same).");
        command.SetAction(async (result, ct) =>
        {
            await result.InvocationConfiguration.Output.WriteAsync(ScenarioSchema.Generate(ScenarioCatalog.Default));
            return 0;
        });
        return command;
    }

    public static Command Validate()
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files: YAML, known fault/objective/guard/action types, parameters, references. Problems come with line numbers.") { files };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var failed = 0;
            foreach (var file in result.GetValue(files)!)
            {
                if (!File.Exists(file))
                {
                    await output.WriteLineAsync($"{file}: no such file");
                    failed++;
                    continue;
                }
                var loaded = await ScenarioValidator.CheckFileAsync(file, ScenarioCatalog.Default, ct);
                var problems = loaded.Problems;
                if (problems.Count == 0)
                {
                    await output.WriteLineAsync($"{file}: valid ({loaded.Scenario!.Id}: {loaded.Scenario.Objectives.Count} objectives, {loaded.Scenario.Guards.Count} guards, {loaded.Scenario.Hints.Count} hints)");
                    continue;
                }
                failed++;
                foreach (var problem in problems) await output.WriteLineAsync(problem.ToString());
            }
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
