using System.CommandLine;
using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom uid`: prints a new UID under the 2.25 (UUID) root.</summary>
internal static class DicomUidCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count", "-n")
        {
            Description = "How many UIDs to make, one per line.",
            DefaultValueFactory = _ => 1,
            CustomParser = NumberInRange.Parser("--count", 1, 10000),
        };
        var command = new Command("uid", "Print a new unique identifier (UID): \"2.25.\" and a random UUID as a decimal number (PS3.5 B.2).")
        {
            count,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            for (var i = 0; i < parseResult.GetValue(count); i++) output.WriteLine(DicomUidGenerator.Generate());
            return 0;
        });
        return command;
    }
}
