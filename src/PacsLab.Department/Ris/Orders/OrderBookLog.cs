using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Ris.Orders;

internal static partial class OrderBookLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Order book loaded from {Path}: {Count} orders")]
    public static partial void Loaded(ILogger logger, string path, int count);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Order {AccessionNumber} placed by {By}: {Modality} at {StationAeTitle} on {ScheduledStart}, Study Instance UID {StudyInstanceUid}")]
    public static partial void Placed(ILogger logger, string accessionNumber, string by, string modality, string stationAeTitle, DateTime scheduledStart, string studyInstanceUid);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Seeding by {By}: {Placed} orders placed, {AlreadyPresent} already in the order book")]
    public static partial void Seeded(ILogger logger, string by, int placed, int alreadyPresent);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Order {AccessionNumber} {Status} by {By}: {Note}")]
    public static partial void StatusChanged(ILogger logger, string accessionNumber, string status, string by, string? note);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Procedure step report for {AccessionNumber} from {Station} refused: {Reason}")]
    public static partial void ReportRefused(ILogger logger, string accessionNumber, string station, string reason);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning,
        Message = "Order {AccessionNumber} completed with Study Instance UID {ReportedUid}, not the ordered {OrderedUid}: the modality did not take the UID from the worklist")]
    public static partial void StudyUidMismatch(ILogger logger, string accessionNumber, string reportedUid, string orderedUid);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error,
        Message = "Procedure step report '{Report}' for {AccessionNumber} could not be saved; the order keeps its previous status. Check the RIS data directory (disk space, permissions)")]
    public static partial void ReportNotSaved(ILogger logger, string accessionNumber, string report, Exception exception);
}
