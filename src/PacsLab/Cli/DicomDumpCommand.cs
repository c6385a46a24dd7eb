using System.CommandLine;
using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>`pacslab dicom dump FILE`: the elements of a DICOM file as dcmdump-like text or as DICOM JSON.</summary>
internal static class DicomDumpCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The DICOM file (PS3.10) to read." };
        var json = new Option<bool>("--json") { Description = "Print the data set in the DICOM JSON model (PS3.18 Annex F) instead." };
        var maxWidth = new Option<int>("--max-width")
        {
            Description = "Cut values longer than this many characters with \"...\"; 0 prints every value whole.",
            DefaultValueFactory = _ => DicomDumpOptions.Default.MaxValueWidth,
            CustomParser = NumberInRange.Parser("--max-width (0 prints values whole)", 0, int.MaxValue),
        };
        var stopBeforePixels = new Option<bool>("--stop-before-pixels")
        {
            Description = "Stop reading at the pixel data (7FE0,0010): quicker for big images, and the header is what you usually want.",
        };

        var command = new Command("dump", "List the elements of a DICOM file: tag, VR, value, length, VM and keyword, like DCMTK's dcmdump.")
        {
            file, json, maxWidth, stopBeforePixels,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(file)!, parseResult.GetValue(json), parseResult.GetValue(maxWidth), parseResult.GetValue(stopBeforePixels),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string path, bool json, int maxWidth, bool stopBeforePixels,
        TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            await error.WriteLineAsync($"Could not read {path}: it is a folder, not a file. Name one of the files in it (`ls {path}` lists them).").ConfigureAwait(false);
            return 1;
        }
        var readOptions = new DicomReadOptions { StopBeforeTag = stopBeforePixels ? DicomTags.PixelData : null };
        DicomFile dicomFile;
        try
        {
            dicomFile = await DicomFile.OpenAsync(path, readOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ReadErrorMessage.For(path, ex) is { } message)
        {
            await error.WriteLineAsync(message).ConfigureAwait(false);
            return 1;
        }

        if (json)
        {
            await output.WriteLineAsync(DicomJsonWriter.ToJson(dicomFile.Dataset, new DicomJsonOptions { WriteIndented = true })).ConfigureAwait(false);
        }
        else
        {
            DicomDump.Write(output, dicomFile, new DicomDumpOptions { MaxValueWidth = maxWidth });
        }
        return 0;
    }
}
