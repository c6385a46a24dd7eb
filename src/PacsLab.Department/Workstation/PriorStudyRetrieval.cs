namespace PacsLab.Department.Workstation;

/// <summary>
/// One study the PACS listed for the patient and what its C-MOVE did: the final status, the sub-operation counts
/// and a sentence saying what it means (e.g. "the PACS does not know RAD_WS1 as a move destination: ...").
/// </summary>
public sealed record PriorStudyRetrieval(
    string StudyInstanceUid,
    string? StudyDate,
    string? StudyDescription,
    string? AccessionNumber,
    string? ModalitiesInStudy,
    bool Success,
    string? Status,
    int Completed,
    int Failed,
    int Warning,
    string Message);
