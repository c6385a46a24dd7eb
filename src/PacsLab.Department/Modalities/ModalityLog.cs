using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Modalities;

/// <summary>A modality's log lines (category <c>PacsLab.Department.Modalities.NAME</c>).</summary>
internal static partial class ModalityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Name} ({Modality}) started as {AeTitle}: C-ECHO SCP on port {Port}, sends to {Destination}, worklist {Worklist}")]
    public static partial void Started(ILogger logger, string name, string modality, string aeTitle, int port, string destination, string worklist);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name} stopped")]
    public static partial void Stopped(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} send jobs ({Waiting} still to send) from {Folder}")]
    public static partial void JobsLoaded(ILogger logger, int count, int waiting, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left {Folder} alone: {Reason}")]
    public static partial void JobFolderIgnored(ILogger logger, string folder, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued job {JobId}: study {StudyInstanceUid}, {Count} images")]
    public static partial void JobQueued(ILogger logger, string jobId, string studyInstanceUid, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} resent by the operator (it was {State})")]
    public static partial void JobResent(ILogger logger, string jobId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} attempt {Attempt}: sending {Count} images to {Destination} as {CallingAeTitle}")]
    public static partial void Sending(ILogger logger, string jobId, int attempt, string destination, string callingAeTitle, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId}: all {Count} images delivered to {Destination} (attempt {Attempt})")]
    public static partial void Sent(ILogger logger, string jobId, int count, string destination, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} attempt {Attempt} failed ({Kind}): {Error}. Next try at {NextAttemptAt:u}")]
    public static partial void SendFailed(ILogger logger, string jobId, int attempt, string kind, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} failed {Failures} times in a row and waits for the operator to resend it: {Error}")]
    public static partial void GaveUp(ILogger logger, string jobId, int failures, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The state of job {JobId} could not be saved")]
    public static partial void JobStateNotSaved(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A send attempt of job {JobId} failed unexpectedly")]
    public static partial void AttemptCrashed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A job observer failed on job {JobId}")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The images of job {JobId} could not be deleted after delivery")]
    public static partial void ImagesNotDeleted(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worklist: {Summary}")]
    public static partial void WorklistQueried(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worklist query failed ({Kind}): {Error}")]
    public static partial void WorklistFailed(ILogger logger, string kind, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired study {StudyInstanceUid} ({Count} images) for patient {PatientId}, accession '{AccessionNumber}' ({Source}); job {JobId}")]
    public static partial void Acquired(ILogger logger, string studyInstanceUid, int count, string patientId, string accessionNumber, string source, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The RIS was not told that the procedure step of accession '{AccessionNumber}' {Step}")]
    public static partial void StepNotReported(ILogger logger, Exception exception, string accessionNumber, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "Service menu: {Changes}")]
    public static partial void SettingsChanged(ILogger logger, string changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verify: {Result}")]
    public static partial void Verified(ILogger logger, string result);
}
