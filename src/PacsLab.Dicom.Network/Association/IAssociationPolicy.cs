using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>Decides whether to accept an association and each of its presentation contexts; the PACS and every simulated device bring their own.</summary>
public interface IAssociationPolicy
{
    AssociationDecision Decide(AAssociateRq request, AssociationPeer peer);
}
