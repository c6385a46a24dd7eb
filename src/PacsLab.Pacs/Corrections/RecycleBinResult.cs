namespace PacsLab.Pacs.Corrections;

/// <summary>A study moved into or out of the recycle bin (no file changes).</summary>
public sealed record RecycleBinResult : CorrectionResult
{
    public required string StudyInstanceUid { get; init; }

    /// <summary>When the study went into the recycle bin; null once restored.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
}
