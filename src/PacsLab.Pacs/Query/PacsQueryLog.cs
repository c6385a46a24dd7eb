using Microsoft.Extensions.Logging;

namespace PacsLab.Pacs.Query;

internal static partial class PacsQueryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Level} query reached the result limit of {Limit} matches; the rest were not returned (Pacs:FindResultLimit)")]
    public static partial void LimitReached(ILogger logger, int limit, string level);
}
