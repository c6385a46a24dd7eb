using System.CommandLine;

namespace PacsLab.Cli;

/// <summary>`pacslab lab`: will run the whole department; until it exists it says so and fails.</summary>
internal static class LabCommand
{
    public static Command Create()
    {
        var command = new Command("lab", "Run the whole lab: PACS, RIS, modalities, workstation and web console (not built yet).");
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            error.WriteLine("pacslab lab: cannot start the lab, because this version of PacsLab does not have it yet.");
            error.WriteLine();
            LabStatus.Write(error);
            return 1;
        });
        return command;
    }
}
