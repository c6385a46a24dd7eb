using Microsoft.Extensions.Logging;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>What an SCP logs, as structured messages (the association log itself goes to <see cref="DicomServer.Records"/>).</summary>
internal static partial class DicomServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Listening for DICOM associations on {EndPoint} as {AeTitle}")]
    public static partial void Listening(ILogger logger, string endPoint, string aeTitle);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Association {CallingAe} -> {CalledAe} from {Peer} ended ({Outcome}): {Description} [{Operations} operations, {BytesReceived} bytes in, {BytesSent} bytes out, {DurationMs} ms]")]
    public static partial void AssociationEnded(ILogger logger, string? callingAe, string? calledAe, string peer, string outcome, string description,
        int operations, long bytesReceived, long bytesSent, long durationMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Association from {CallingAe} at {Peer} to {CalledAe} rejected: {Reason}")]
    public static partial void AssociationRejected(ILogger logger, string? callingAe, string peer, string? calledAe, string? reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Operation} from {CallingAe} answered {Status} ({Meaning}): {ErrorComment}")]
    public static partial void OperationFailed(ILogger logger, string operation, string callingAe, string status, string meaning, string? errorComment);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Problem}")]
    public static partial void RetrieveProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Stopping: {Live} association(s) still open; waiting up to {DrainSeconds} s for them")]
    public static partial void Stopping(ILogger logger, int live, double drainSeconds);
}
