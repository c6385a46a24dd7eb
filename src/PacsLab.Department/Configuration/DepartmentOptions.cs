namespace PacsLab.Department.Configuration;

/// <summary>
/// The simulated department (section "Department", normally read from department.yaml): the PACS and RIS the
/// devices point at, the reading workstation and the modalities. Destinations left out point at the PACS, worklists
/// at the RIS.
/// </summary>
public sealed class DepartmentOptions
{
    public const string Section = "Department";

    /// <summary>All device state (acquired studies, send jobs, received images); relative paths are under the current directory.</summary>
    public string DataDirectory { get; set; } = "pacslab-data/department";

    /// <summary>Where the devices' SCPs bind; 127.0.0.1 keeps the lab on this machine.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    public PacsNodeOptions Pacs { get; set; } = new();
    public RisDeviceOptions Ris { get; set; } = new();
    public WorkstationDeviceOptions Workstation { get; set; } = new();

    /// <summary>
    /// The modalities; the defaults are CT_ROOM1, MR_3T, CR_ER and US_CLINIC. A list in department.yaml replaces them
    /// (the configuration binder would append to them instead, so bind this section from YAML, not appsettings).
    /// </summary>
    public List<ModalityDeviceOptions> Modalities { get; set; } = DefaultModalities();

    public ModalityDeviceOptions? FindModality(string name) =>
        Modalities.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Where the modality sends: its destination, each field left out taken from the PACS.</summary>
    public DicomNode DestinationOf(ModalityDeviceOptions modality) => modality.Destination?.Over(Pacs.ToNode()) ?? Pacs.ToNode();

    /// <summary>Where the modality queries its worklist: its worklist, each field left out taken from the RIS.</summary>
    public DicomNode WorklistOf(ModalityDeviceOptions modality) => modality.Worklist?.Over(Ris.ToNode()) ?? Ris.ToNode();

    /// <summary>The PACS the workstation queries and retrieves from.</summary>
    public DicomNode PacsOfWorkstation() => Workstation.Pacs?.Over(Pacs.ToNode()) ?? Pacs.ToNode();

    public string DataDirectoryOf(ModalityDeviceOptions modality) =>
        Path.GetFullPath(Path.Combine(DataDirectory, "modalities", modality.Name));

    /// <summary>The workstation's folder; fixed rather than named after its AE title, which may hold characters a path must not.</summary>
    public string WorkstationDataDirectory() => Path.GetFullPath(Path.Combine(DataDirectory, "workstation"));

    private static List<ModalityDeviceOptions> DefaultModalities() =>
    [
        new() { Name = "CT_ROOM1", Modality = "CT", AeTitle = "CT_ROOM1", StationName = "CT_ROOM1", Port = 11115 },
        new() { Name = "MR_3T", Modality = "MR", AeTitle = "MR_3T", StationName = "MR_3T", Port = 11116 },
        new() { Name = "CR_ER", Modality = "CR", AeTitle = "CR_ER", StationName = "CR_ER", Port = 11117 },
        new() { Name = "US_CLINIC", Modality = "US", AeTitle = "US_CLINIC", StationName = "US_CLINIC", Port = 11118 },
    ];
}
