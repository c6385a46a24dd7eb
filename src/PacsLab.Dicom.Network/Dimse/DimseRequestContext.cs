using PacsLab.Dicom.Network.Association;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Who is asking, on which association and presentation context.</summary>
public sealed record DimseRequestContext(string CallingAeTitle, string CalledAeTitle, AssociationPeer Peer, AcceptedPresentationContext PresentationContext);
