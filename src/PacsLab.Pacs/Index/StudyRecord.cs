namespace PacsLab.Pacs.Index;

/// <summary>A study: the study-level keys of PS3.4 C.6.1.1.3 / C.6.2.1.2, counts and size kept up to date on every change.</summary>
public sealed class StudyRecord
{
    public long Id { get; set; }
    public long PatientKey { get; set; }
    public PatientRecord? Patient { get; set; }
    public required string StudyInstanceUid { get; set; }
    public string StudyDate { get; set; } = "";
    public string StudyTime { get; set; } = "";
    public string AccessionNumber { get; set; } = "";
    public string StudyId { get; set; } = "";
    public string StudyDescription { get; set; } = "";
    public string ReferringPhysicianName { get; set; } = "";

    /// <summary>The distinct modalities of its series, backslash-separated as the attribute's values are (CT\SR).</summary>
    public string ModalitiesInStudy { get; set; } = "";

    public int NumberOfSeries { get; set; }
    public int NumberOfInstances { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>
    /// Set when an instance arrived for this study with a Patient ID other than the study's patient: the PACS
    /// kept it in the study and flagged it, as a real PACS would, for an administrator to sort out.
    /// </summary>
    public string? PatientIdentityConflict { get; set; }

    /// <summary>When the study was moved to the recycle bin; null while it is live.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<SeriesRecord> Series { get; set; } = [];
}
