using Microsoft.Extensions.Logging;

namespace PacsLab.Pacs.Network;

internal static partial class PacsFindLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "C-FIND from {CallingAeTitle} at {Level} level asks for keys the PACS does not support there: {Keys}; its matches go out with status 0xFF01 (pending, optional keys not supported), those keys unmatched and empty")]
    public static partial void OptionalKeysNotSupported(ILogger logger, string callingAeTitle, string level, string keys);
}
