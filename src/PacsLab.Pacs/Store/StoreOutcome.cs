using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Pacs.Store;

public enum StoreOutcomeKind
{
    Stored,
    DuplicateIdentical,
    DuplicateKept,
    Replaced,
    Refused,
}

/// <summary>What became of one instance, with the status the C-STORE SCP answers and the comment behind it.</summary>
public sealed record StoreOutcome(StoreOutcomeKind Kind, DimseStatus Status, string? Comment = null)
{
    public static StoreOutcome Refuse(DimseStatus status, string comment) => new(StoreOutcomeKind.Refused, status, comment);

    public DimseResult ToDimseResult() => new(Status, Status.IsSuccess ? null : Comment);
}
