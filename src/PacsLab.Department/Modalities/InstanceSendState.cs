namespace PacsLab.Department.Modalities;

/// <summary>Where one image of a job is: not delivered yet, delivered (possibly with a warning status), or refused.</summary>
public enum InstanceSendState
{
    Pending,
    Sent,
    SentWithWarning,
    Failed,
}
