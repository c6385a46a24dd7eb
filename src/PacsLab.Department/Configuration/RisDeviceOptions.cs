namespace PacsLab.Department.Configuration;

/// <summary>The RIS: its AE title and the port of its Modality Worklist SCP, where the modalities query by default.</summary>
public sealed class RisDeviceOptions
{
    public string AeTitle { get; set; } = "RIS";

    /// <summary>The address the modalities use to reach the RIS.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>0 picks a free port at start.</summary>
    public int Port { get; set; } = 11113;

    public DicomNode ToNode() => new(Host, Port, AeTitle);
}
