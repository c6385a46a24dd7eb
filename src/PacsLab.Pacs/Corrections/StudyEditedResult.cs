namespace PacsLab.Pacs.Corrections;

public sealed record StudyEditedResult : CorrectionResult
{
    public required string StudyInstanceUid { get; init; }

    /// <summary>The attributes that changed, by DICOM keyword: AccessionNumber, StudyDescription, ReferringPhysicianName.</summary>
    public required IReadOnlyList<string> ChangedAttributes { get; init; }
}
