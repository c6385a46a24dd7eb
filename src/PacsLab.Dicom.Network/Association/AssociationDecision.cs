using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>What a policy decided about an A-ASSOCIATE-RQ.</summary>
public abstract record AssociationDecision;

/// <summary>Accepted, with a result for every proposed presentation context (PS3.8 9.3.3.2).</summary>
public sealed record AssociationAccepted(IReadOnlyList<PresentationContextResult> Contexts) : AssociationDecision;

/// <summary>Rejected: the A-ASSOCIATE-RJ to send, and why in words an administrator can act on.</summary>
public sealed record AssociationRejected(AAssociateRj Reject, string Explanation) : AssociationDecision;
