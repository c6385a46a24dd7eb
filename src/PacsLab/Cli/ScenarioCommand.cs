using System.CommandLine;

namespace PacsLab.Cli;

/// <summary>
/// `pacslab scenario list|show|start|status|hint|check|report|stop|validate|selftest|new`: the training scenarios.
/// `start` runs the scenario's own lab in this terminal; the others talk to it through its REST API.
/// </summary>
internal static class ScenarioCommand
{
    public static Command Create()
    {
        var command = new Command("scenario", "Training scenarios: a department set up and broken the way hospitals break, a ticket, and a check of your fix.");
        command.Subcommands.Add(ScenarioCatalogCommands.List());
        command.Subcommands.Add(ScenarioCatalogCommands.Show());
        command.Subcommands.Add(ScenarioStartCommand.Create());
        foreach (var session in ScenarioSessionCommands.Create()) command.Subcommands.Add(session);
        command.Subcommands.Add(ScenarioCatalogCommands.Validate());
        command.Subcommands.Add(ScenarioSelfTestCommand.Create());
        command.Subcommands.Add(ScenarioCatalogCommands.New());
        command.Subcommands.Add(ScenarioCatalogCommands.Schema());
        return command;
    }
}
