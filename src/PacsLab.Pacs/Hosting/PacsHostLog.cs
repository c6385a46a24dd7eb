using Microsoft.Extensions.Logging;

namespace PacsLab.Pacs.Hosting;

internal static partial class PacsHostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "PACS {AeTitle} accepting associations on {EndPoint}; archive at {ArchiveRoot}")]
    public static partial void Listening(ILogger logger, string aeTitle, string endPoint, string archiveRoot);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} incoming files of stores that never completed (the PACS stopped while receiving them); their senders were never told success")]
    public static partial void IncomingCleared(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} archive files whose store was interrupted before its index commit (the PACS stopped in between); their senders were never told success")]
    public static partial void PlacementsUndone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write an association log entry")]
    public static partial void AssociationLogFailed(ILogger logger, Exception exception);
}
