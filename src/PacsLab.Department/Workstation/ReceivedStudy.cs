namespace PacsLab.Department.Workstation;

/// <summary>A study as the workstation's study list shows it: who, what, how much, when it came and from which AE.</summary>
public sealed record ReceivedStudy(
    string StudyInstanceUid,
    string? PatientName,
    string? PatientId,
    DateOnly? StudyDate,
    string? StudyDescription,
    IReadOnlyList<string> Modalities,
    int SeriesCount,
    int InstanceCount,
    DateTimeOffset FirstReceivedAt,
    DateTimeOffset LastReceivedAt,
    IReadOnlyList<string> FromAeTitles);
