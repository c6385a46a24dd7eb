using Microsoft.Extensions.Logging;

namespace PacsLab.Pacs.Corrections;

internal static partial class CorrectionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Action} by {Actor}: {Summary}")]
    public static partial void Corrected(ILogger logger, string action, string actor, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Operation} failed and was rolled back: {Reason}")]
    public static partial void RolledBack(ILogger logger, string operation, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After {Operation}, the file {Path} could not be removed; nothing refers to it any more")]
    public static partial void FileNotRemoved(ILogger logger, Exception exception, string operation, string path);
}
