namespace PacsLab.Dicom.Network.Association;

/// <summary>How an association ended, for the association log and for the user who started it.</summary>
public enum AssociationOutcomeKind
{
    Released,
    Rejected,
    AbortedByPeer,
    AbortedLocally,
    ConnectionLost,
    TimedOut,
}

/// <summary>The ending and a sentence saying what happened, in DICOM terms and plain words.</summary>
public sealed record AssociationOutcome(AssociationOutcomeKind Kind, string Description);
