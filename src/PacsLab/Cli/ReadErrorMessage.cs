using PacsLab.Dicom;

namespace PacsLab.Cli;

/// <summary>Why a file could not be read, said for a trainee: what happened and what to try, never a stack trace.</summary>
internal static class ReadErrorMessage
{
    // Preamble and "DICM" (PS3.10 7.1): a problem within them means the file is not DICOM at all.
    private const int HeaderBytes = 132;

    /// <summary>The message for an exception met while opening or reading <paramref name="path"/>; null for cancellation.</summary>
    public static string? For(string path, Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException =>
            $"Could not read {path}: there is no such file. Check the path and the spelling; `ls` shows what the folder holds.",
        UnauthorizedAccessException =>
            $"Could not read {path}: permission denied. Check the file's permissions (`ls -l {path}`).",
        DicomFormatException { Offset: <= HeaderBytes } format =>
            $"Could not read {path}: {format.Message}. Is it a DICOM file? A DICOM file (PS3.10) starts with a 128-byte preamble " +
            $"and the letters DICM; `file {path}` tells what it is instead.",
        DicomFormatException format =>
            $"Could not read {path}: {format.Message}. The start of the file reads as DICOM, so it is probably damaged or cut short " +
            $"(an interrupted copy or transfer?). Compare its size with the original; `dcmdump {path}` shows how far DCMTK gets.",
        EndOfStreamException =>
            $"Could not read {path}: the file ends in the middle of an element. Is it a DICOM file, and was it copied completely?",
        IOException io =>
            $"Could not read {path}: {io.Message}",
        OperationCanceledException => null,
        _ => $"Could not read {path}: {exception.Message} ({exception.GetType().Name}). This looks like a bug in PacsLab's " +
            "DICOM reader rather than a problem with the file; please report it together with the file.",
    };
}
