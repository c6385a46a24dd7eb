namespace PacsLab.Pacs.Corrections;

/// <summary>
/// New demographics for a patient; a null field stays as it is, an empty one is cleared (the Patient ID cannot be).
/// Changing the Patient ID to one another patient has is refused: that is a merge.
/// </summary>
public sealed record PatientEdit
{
    public string? PatientId { get; init; }
    public string? PatientName { get; init; }

    /// <summary>YYYYMMDD, or empty to clear.</summary>
    public string? PatientBirthDate { get; init; }

    /// <summary>M, F, O, or empty to clear.</summary>
    public string? PatientSex { get; init; }
}
