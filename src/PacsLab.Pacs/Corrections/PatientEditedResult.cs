namespace PacsLab.Pacs.Corrections;

public sealed record PatientEditedResult : CorrectionResult
{
    public required PatientRef Before { get; init; }
    public required PatientRef After { get; init; }

    /// <summary>The attributes that changed, by DICOM keyword: PatientID, PatientName, PatientBirthDate, PatientSex.</summary>
    public required IReadOnlyList<string> ChangedAttributes { get; init; }

    public int StudiesAffected { get; init; }
    public int ConflictsCleared { get; init; }
}
