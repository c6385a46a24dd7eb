namespace PacsLab.Dicom.Network.Dimse;

/// <summary>What a service handler answers: a status and, on failure or warning, a comment for the ErrorComment.</summary>
public sealed record DimseResult(DimseStatus Status, string? ErrorComment = null)
{
    public static DimseResult Success { get; } = new(DimseStatus.Success);

    public static implicit operator DimseResult(DimseStatus status) => new(status);
}
