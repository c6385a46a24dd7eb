namespace PacsLab.Pacs.Corrections;

public sealed record PatientsMergedResult : CorrectionResult
{
    /// <summary>The patient merged away (its row is gone).</summary>
    public required PatientRef From { get; init; }

    public required PatientRef Into { get; init; }
    public required IReadOnlyList<string> StudiesMoved { get; init; }

    /// <summary>Studies whose patient-identity conflict flag was cleared.</summary>
    public int ConflictsCleared { get; init; }
}
