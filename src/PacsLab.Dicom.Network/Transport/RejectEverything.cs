using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>The policy for a connection over the association limit: read the request, answer with the given rejection.</summary>
internal sealed class RejectEverything(AssociationRejected rejection) : IAssociationPolicy
{
    public AssociationDecision Decide(AAssociateRq request, AssociationPeer peer) => rejection;
}
