namespace PacsLab.Pacs.Corrections;

public sealed record StudyReassignedResult : CorrectionResult
{
    public required string StudyInstanceUid { get; init; }
    public required PatientRef FromPatient { get; init; }
    public required PatientRef ToPatient { get; init; }

    /// <summary>The target patient was created by this correction.</summary>
    public bool PatientCreated { get; init; }

    /// <summary>The previous patient had no other study and was removed.</summary>
    public bool FromPatientRemoved { get; init; }

    /// <summary>The study's patient-identity conflict flag was cleared.</summary>
    public bool ConflictCleared { get; init; }
}
