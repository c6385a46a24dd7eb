using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;

namespace PacsLab.Department.Workstation;

/// <summary>
/// What "retrieve priors" did for a patient: the studies the PACS listed, each one's retrieval, a summary sentence,
/// and the error that stopped it (an association that could not be opened, a C-FIND that failed) if any.
/// </summary>
public sealed record PriorsRetrieval(string PatientId, DicomNode Pacs, IReadOnlyList<PriorStudyRetrieval> Studies, string Summary, DeviceError? Error)
{
    public bool Success => Error is null && Studies.All(s => s.Success);
    public int ImagesRetrieved => Studies.Sum(s => s.Completed);
}
