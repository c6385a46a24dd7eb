using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Scenarios;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Cli;

/// <summary>`pacslab scenario selftest ID|--all`: proves scenarios solvable, and their guards able to trip, on workspaces of their own.</summary>
internal static class ScenarioSelfTestCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("ID") { Description = "The scenario to prove (or --all).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Prove every scenario (shipped, and those in --dir)." };
        var dir = ScenarioOptions.Dir();
        var data = ScenarioOptions.Data();
        var command = new Command("selftest", "Prove a scenario: its objectives fail after start, pass after its solution, and each wrong fix trips its guards.")
        {
            id, all, dir, data,
        };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var library = await ScenarioOptions.LibraryAsync(result.GetValue(dir), ct);
            IReadOnlyList<Scenario> chosen;
            if (result.GetValue(all)) chosen = library.Scenarios;
            else if (result.GetValue(id) is { } one)
            {
                var (scenario, problem) = await ScenarioOptions.FindAsync(one, result.GetValue(dir), ct);
                if (scenario is null)
                {
                    await error.WriteLineAsync($"pacslab scenario selftest: {problem}");
                    return 2;
                }
                chosen = [scenario];
            }
            else
            {
                await error.WriteLineAsync("pacslab scenario selftest: name a scenario (ID) or give --all.");
                return 2;
            }

            var root = Path.Combine(ScenarioOptions.WorkspaceRoot(result.GetValue(data)), "selftest");
            var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
            var selfTest = new ScenarioSelfTest(runner, ScenarioCatalog.Default);
            var failed = 0;
            foreach (var scenario in chosen)
            {
                SelfTestResult proof;
                try
                {
                    proof = await selfTest.RunAsync(scenario, root, ct);
                }
                catch (ScenarioStepException ex)
                {
                    proof = new SelfTestResult(scenario.Id, [new SelfTestStage("start the scenario", false, [ex.Message])]);
                }
                if (!proof.Passed) failed++;
                await output.WriteLineAsync($"{(proof.Passed ? "PROVED" : "FAILED")}  {scenario.Id}");
                foreach (var stage in proof.Stages)
                {
                    await output.WriteLineAsync($"    {(stage.Passed ? "ok  " : "FAIL")} {stage.Name}");
                    foreach (var problem in stage.Problems) await output.WriteLineAsync($"           {problem}");
                }
            }
            if (library.Problems.Count > 0 && result.GetValue(all))
            {
                failed++;
                await output.WriteLineAsync("Files with problems (not run):");
                foreach (var problem in library.Problems) await output.WriteLineAsync($"    {problem}");
            }
            await output.WriteLineAsync($"{chosen.Count - Math.Min(failed, chosen.Count)} of {chosen.Count} scenarios proved.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
