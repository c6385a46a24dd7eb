using System.CommandLine;

namespace PacsLab.Cli;

/// <summary>The `pacslab` command tree. Each command lives in its own class; this only puts them together.</summary>
internal static class PacsLabCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("PacsLab: a radiology department on one machine, for learning DICOM and PACS.");
        // With no arguments PacsLab runs the whole lab, as `pacslab lab` does with its defaults.
        root.SetAction((parseResult, cancellationToken) => LabCommand.RunAsync(parseResult, cancellationToken));
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersionAction();
        root.Subcommands.Add(LabCommand.Create());
        root.Subcommands.Add(PacsCommand.Create());
        root.Subcommands.Add(DicomCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ScenarioCommand.Create());
        return root;
    }
}
