namespace PacsLab.Pacs.Corrections;

public sealed record StudyPurgedResult : CorrectionResult
{
    public required string StudyInstanceUid { get; init; }
    public int InstancesRemoved { get; init; }
    public long BytesFreed { get; init; }

    /// <summary>The patient had no other study and was removed.</summary>
    public bool PatientRemoved { get; init; }
}
