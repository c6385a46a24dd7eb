using System.CommandLine;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom ...`: tools that work on DICOM files and talk to DICOM peers, like DCMTK's.</summary>
internal static class DicomCommand
{
    public static Command Create()
    {
        var command = new Command("dicom", "Work with DICOM: dump files, make UIDs, check (echo), send to (store), query (find) and retrieve from (move, get) a DICOM peer.");
        command.Subcommands.Add(DicomDumpCommand.Create());
        command.Subcommands.Add(DicomUidCommand.Create());
        command.Subcommands.Add(DicomEchoCommand.Create());
        command.Subcommands.Add(DicomStoreCommand.Create());
        command.Subcommands.Add(DicomFindCommand.Create());
        command.Subcommands.Add(DicomMoveCommand.Create());
        command.Subcommands.Add(DicomGetCommand.Create());
        return command;
    }
}
