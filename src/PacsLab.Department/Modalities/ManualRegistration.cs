namespace PacsLab.Department.Modalities;

/// <summary>
/// A patient typed in at the modality when the worklist cannot help: free text, typos included, never checked
/// against the RIS (this is how mismatched studies reach a PACS).
/// </summary>
public sealed record ManualRegistration
{
    /// <summary>Patient's Name in DICOM form (FAMILY^GIVEN) or as typed.</summary>
    public string PatientName { get; init; } = "";
    public string PatientId { get; init; } = "";

    /// <summary>YYYYMMDD, or null when unknown.</summary>
    public string? BirthDate { get; init; }

    /// <summary>M, F or O, or null when unknown.</summary>
    public string? Sex { get; init; }

    /// <summary>Typed from the paper order, or empty for an unscheduled study.</summary>
    public string AccessionNumber { get; init; } = "";

    public string? StudyDescription { get; init; }
    public string? ReferringPhysicianName { get; init; }
}
