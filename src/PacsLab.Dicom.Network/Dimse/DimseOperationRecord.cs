namespace PacsLab.Dicom.Network.Dimse;

/// <summary>One DIMSE operation as the association log shows it.</summary>
public sealed record DimseOperationRecord(
    DimseCommandField Operation,
    string? SopClassUid,
    string? SopInstanceUid,
    DimseStatus Status,
    string? ErrorComment,
    DateTimeOffset Started,
    TimeSpan Duration);
