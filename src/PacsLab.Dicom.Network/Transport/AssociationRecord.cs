using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>One association attempt as the association log shows it: who, what was proposed and accepted, what happened.</summary>
public sealed record AssociationRecord(
    AssociationPeer Peer,
    string? CallingAeTitle,
    string? CalledAeTitle,
    IReadOnlyList<string> ProposedAbstractSyntaxes,
    IReadOnlyList<AcceptedPresentationContext> AcceptedContexts,
    bool Accepted,
    string? RejectReason,
    AssociationOutcome Outcome,
    IReadOnlyList<DimseOperationRecord> Operations,
    long BytesReceived,
    long BytesSent,
    DateTimeOffset Started,
    TimeSpan Duration);
