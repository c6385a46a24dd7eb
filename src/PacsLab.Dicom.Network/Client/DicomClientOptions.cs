using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Client;

/// <summary>Where to connect and as whom, like DCMTK's -aet / -aec / host / port.</summary>
public sealed record DicomClientOptions
{
    public required string Host { get; init; }
    public required int Port { get; init; }
    public string CallingAeTitle { get; init; } = "PACSLAB_SCU";
    public string CalledAeTitle { get; init; } = "ANY-SCP";
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public AssociationOptions Association { get; init; } = AssociationOptions.Default;
}
