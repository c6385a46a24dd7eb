using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Scenarios;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Cli;

/// <summary>`pacslab scenario start ID`: builds the scenario's workspace, breaks it, prints the ticket, and runs its lab until Ctrl+C or `scenario stop`.</summary>
internal static class ScenarioStartCommand
{
    public const int DefaultHttpPort = 8090;

    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The scenario to start (see `pacslab scenario list`)." };
        var dir = ScenarioOptions.Dir();
        var data = ScenarioOptions.Data();
        var httpPort = new Option<int?>("--http-port") { Description = $"The scenario lab's REST API port on 127.0.0.1 (default {DefaultHttpPort}; the free-play lab uses 8080)." };
        var command = new Command("start", "Start a scenario in a workspace of its own (reset if it ran before) and show its ticket; runs until Ctrl+C or `pacslab scenario stop`.")
        {
            id, dir, data, httpPort,
        };
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var (scenario, problem) = await ScenarioOptions.FindAsync(result.GetValue(id)!, result.GetValue(dir), ct);
            if (scenario is null)
            {
                await error.WriteLineAsync($"pacslab scenario start: {problem}");
                return 2;
            }
            var root = ScenarioOptions.WorkspaceRoot(result.GetValue(data));
            await output.WriteLineAsync($"Setting up '{scenario.Title}': the department, then what goes wrong in it. This takes a few seconds...");
            var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
            ScenarioSession session;
            try
            {
                session = await runner.StartAsync(scenario, root, ct, result.GetValue(httpPort) ?? DefaultHttpPort);
            }
            catch (Exception ex) when (ex is ScenarioStepException or IOException or System.Net.Sockets.SocketException or InvalidOperationException or LabApiException)
            {
                await error.WriteLineAsync($"pacslab scenario start: the scenario could not be set up: {ex.Message}");
                await error.WriteLineAsync("If a port is taken (another scenario or lab running?), stop it or choose --http-port. If the scenario file is your own, run `pacslab scenario selftest` on it.");
                return 1;
            }
            await using (session)
            {
                await new ScenarioCurrentFile(scenario.Id, session.Ticket.Api.ToString(), session.Workspace, Environment.ProcessId).WriteAsync(root, ct);
                await output.WriteAsync(ScenarioText.Ticket(session.Ticket, session.Workspace));
                try
                {
                    await session.Lab.Stopped.WaitAsync(ct);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop as `scenario stop` would.
                }
                ScenarioCurrentFile.Remove(root, scenario.Id);
                // Stopped by `scenario stop` the report is made already; after Ctrl+C it is made now, while the lab still runs.
                await session.StopAsync(CancellationToken.None);
                if (session.FinalReport is { } report)
                {
                    await output.WriteLineAsync("\nScenario stopped. Your report:\n");
                    await output.WriteAsync(report.ToText());
                    await output.WriteLineAsync($"\n(Saved as report.txt and report.json in {session.Workspace}.)");
                }
                else
                {
                    await output.WriteLineAsync(session.LastCheck is { } last
                        ? $"\nScenario stopped. Your last check: {last.Summary}"
                        : "\nScenario stopped without a check. Start it again to retry from the beginning.");
                }
            }
            return 0;
        });
        return command;
    }
}
