using Microsoft.Extensions.Logging;

namespace PacsLab.Department.Workstation;

/// <summary>The reading workstation's log lines (category <c>PacsLab.Department.Workstation.AETITLE</c>).</summary>
internal static partial class WorkstationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Workstation {AeTitle} accepting images on port {Port}; holds {Instances} images in {Folder}")]
    public static partial void Started(ILogger logger, string aeTitle, int port, int instances, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workstation {AeTitle} stopped")]
    public static partial void Stopped(ILogger logger, string aeTitle);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Path} while listing received images: {Reason}")]
    public static partial void FileSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an image from {CallingAeTitle}: {Reason}")]
    public static partial void StoreRefused(ILogger logger, string callingAeTitle, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Priors for patient {PatientId}: {Summary}")]
    public static partial void PriorsRetrieved(ILogger logger, string patientId, string summary);
}
