using Microsoft.Extensions.Logging;

namespace PacsLab.Pacs.Store;

internal static partial class PacsStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Instance {SopInstanceUid} of study {StudyInstanceUid}: {Conflict}")]
    public static partial void PatientIdentityConflict(ILogger logger, string sopInstanceUid, string studyInstanceUid, string conflict);

    [LoggerMessage(Level = LogLevel.Warning, Message = "C-STORE from {CallingAeTitle} refused with {Status}: {Comment}")]
    public static partial void Refused(ILogger logger, string callingAeTitle, string status, string? comment);

    [LoggerMessage(Level = LogLevel.Error, Message = "C-STORE from {CallingAeTitle} of {SopInstanceUid} failed inside the PACS")]
    public static partial void Failed(ILogger logger, Exception exception, string callingAeTitle, string? sopInstanceUid);
}
