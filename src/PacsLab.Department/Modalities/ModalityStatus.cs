namespace PacsLab.Department.Modalities;

/// <summary>A modality at a glance, for the console: who it is, what it does, and the last thing that went wrong.</summary>
public sealed record ModalityStatus(
    string Name,
    string Modality,
    string AeTitle,
    int? Port,
    ModalityActivity Activity,
    int JobsWaiting,
    int JobsFailed,
    int JobsSent,
    DeviceError? LastError,
    DateTimeOffset? LastErrorAt);
