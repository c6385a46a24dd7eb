namespace PacsLab.Department.Modalities;

/// <summary>What the device is doing right now.</summary>
public enum ModalityActivity
{
    Stopped,
    Idle,
    Acquiring,
    Sending,
}
