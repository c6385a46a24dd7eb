using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Ris.Worklist;

internal static partial class WorklistLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information,
        Message = "Worklist query from {CallingAe} ({Keys}) answered with {Matches} items; status filter: {StatusFilter}")]
    public static partial void QueryAnswered(ILogger logger, string callingAe, string keys, int matches, string statusFilter);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Worklist query from {CallingAe} refused with {Status}: {Reason}")]
    public static partial void QueryRefused(ILogger logger, string callingAe, string status, string reason);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information,
        Message = "Worklist query from {CallingAe}: keys {IgnoredKeys} are not matched by this worklist and were answered as return keys (PS3.4 K.2.2.1.1.2)")]
    public static partial void KeysIgnored(ILogger logger, string callingAe, string ignoredKeys);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "RIS worklist {AeTitle} accepting associations on {EndPoint}; order book {OrderBook}")]
    public static partial void Listening(ILogger logger, string aeTitle, string endPoint, string orderBook);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "RIS worklist {AeTitle} stopped")]
    public static partial void Stopped(ILogger logger, string aeTitle);
}
