using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Hosting;

internal static partial class DepartmentHostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "RIS: {Placed} catalog orders placed for today, {AlreadyPresent} already in the order book")]
    public static partial void OrdersSeeded(ILogger logger, int placed, int alreadyPresent);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquisition trickle: {Device} acquires for order {Accession} ({Procedure})")]
    public static partial void TrickleAcquires(ILogger logger, string device, string accession, string procedure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquisition trickle: no scheduled order left; the RIS placed {Accession} for {Device}")]
    public static partial void TrickleOrdered(ILogger logger, string device, string accession);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Acquisition trickle: {Device} could not acquire: {Reason}")]
    public static partial void TrickleFailed(ILogger logger, string device, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Acquisition trickle: this turn failed; the next one comes at the usual interval")]
    public static partial void TrickleTurnFailed(ILogger logger, Exception exception);
}
