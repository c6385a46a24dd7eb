using System.CommandLine;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom ...`: tools that work on DICOM files and data, like DCMTK's.</summary>
internal static class DicomCommand
{
    public static Command Create()
    {
        var command = new Command("dicom", "Work with DICOM files: dump them, make UIDs.");
        command.Subcommands.Add(DicomDumpCommand.Create());
        command.Subcommands.Add(DicomUidCommand.Create());
        return command;
    }
}
