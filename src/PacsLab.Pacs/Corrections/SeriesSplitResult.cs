namespace PacsLab.Pacs.Corrections;

public sealed record SeriesSplitResult : CorrectionResult
{
    public required string SourceStudyInstanceUid { get; init; }

    /// <summary>The Study Instance UID generated for the new study (2.25 UUID-derived).</summary>
    public required string NewStudyInstanceUid { get; init; }

    /// <summary>The Series Instance UIDs moved, unchanged.</summary>
    public required IReadOnlyList<string> SeriesMoved { get; init; }

    public required PatientRef Patient { get; init; }
    public bool PatientCreated { get; init; }

    /// <summary>The source study's patient-identity conflict flag was cleared (the conflicting series left it).</summary>
    public bool ConflictCleared { get; init; }
}
