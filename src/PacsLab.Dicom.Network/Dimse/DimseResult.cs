namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// What a service answers: a status and, on failure or warning, a comment for the ErrorComment; for C-MOVE/C-GET
/// also the sub-operation counts and an identifier (the Failed SOP Instance UID List on partial failure).
/// </summary>
public sealed record DimseResult(DimseStatus Status, string? ErrorComment = null)
{
    public static DimseResult Success { get; } = new(DimseStatus.Success);

    public DimseSubOperations? SubOperations { get; init; }
    public DicomDataset? Identifier { get; init; }

    public static implicit operator DimseResult(DimseStatus status) => new(status);
}
