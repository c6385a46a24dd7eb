using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// What a modality's service menu shows and edits: its own AE title and C-ECHO port, where it sends (destination)
/// and where it queries the worklist. Each association uses the settings current when it opens.
/// </summary>
public sealed record ModalityNetworkSettings(string AeTitle, int Port, DicomNode Destination, DicomNode Worklist)
{
    /// <summary>The settings department.yaml gives the modality (destination from the PACS, worklist from the RIS unless set).</summary>
    public static ModalityNetworkSettings From(DepartmentOptions department, ModalityDeviceOptions modality) =>
        new(modality.EffectiveAeTitle, modality.Port, department.DestinationOf(modality), department.WorklistOf(modality));
}
