using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>Decides whether to accept an association and each of its presentation contexts; the PACS and every simulated device bring their own.</summary>
public interface IAssociationPolicy
{
    AssociationDecision Decide(AAssociateRq request, AssociationPeer peer);

    /// <summary>
    /// The decision an accepting association asks for. A policy that must wait for something (a host name lookup for the
    /// peer-host check) overrides this; by default it is <see cref="Decide"/>.
    /// </summary>
    ValueTask<AssociationDecision> DecideAsync(AAssociateRq request, AssociationPeer peer, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Decide(request, peer));
}
