namespace PacsLab.Department.Configuration;

/// <summary>One simulated modality (CT, MR, CR or US): who it is, where it listens and where it sends.</summary>
public sealed class ModalityDeviceOptions
{
    /// <summary>The modalities a device can be; the synthesizer makes studies for these.</summary>
    public static IReadOnlyList<string> SupportedModalities { get; } = ["CT", "MR", "CR", "US"];

    /// <summary>The device's name: its folder under the data directory and its log category. Letters, digits, '_' and '-'.</summary>
    public string Name { get; set; } = "";

    /// <summary>Modality (0008,0060): CT, MR, CR or US.</summary>
    public string Modality { get; set; } = "";

    /// <summary>Its own AE title; empty means the same as <see cref="Name"/>.</summary>
    public string AeTitle { get; set; } = "";

    /// <summary>Station Name (0008,1010); empty means the same as <see cref="Name"/>.</summary>
    public string StationName { get; set; } = "";

    /// <summary>The port of its C-ECHO SCP; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Where it sends images; null (or fields left out) means the department's PACS.</summary>
    public DicomNodeOptions? Destination { get; set; }

    /// <summary>Where it queries the worklist; null (or fields left out) means the department's RIS.</summary>
    public DicomNodeOptions? Worklist { get; set; }

    public AcquisitionOptions Acquisition { get; set; } = new();
    public SendQueueOptions SendQueue { get; set; } = new();

    public string EffectiveAeTitle => string.IsNullOrWhiteSpace(AeTitle) ? Name : AeTitle.Trim();
    public string EffectiveStationName => string.IsNullOrWhiteSpace(StationName) ? Name : StationName.Trim();
}
