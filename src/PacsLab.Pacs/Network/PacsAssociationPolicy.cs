using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The PACS's association policy, rebuilt from the AE table whenever an administrator changes it, so an edit
/// takes effect on the next association without a restart.
/// </summary>
public sealed class PacsAssociationPolicy(AeDirectory directory, string aeTitle) : IAssociationPolicy
{
    private sealed record Built(AeTableSnapshot From, AssociationPolicy Policy);

    private readonly PeerHostResolver _hosts = new();
    private Built? _built;

    public AssociationDecision Decide(AAssociateRq request, AssociationPeer peer) => Current().Decide(request, peer);

    /// <summary>What associations use: looks up an AE table host given as a name (shared cache across AE table edits).</summary>
    public ValueTask<AssociationDecision> DecideAsync(AAssociateRq request, AssociationPeer peer, CancellationToken cancellationToken) =>
        Current().DecideAsync(request, peer, cancellationToken);

    private AssociationPolicy Current()
    {
        var snapshot = directory.Snapshot;
        if (Volatile.Read(ref _built) is { } built && ReferenceEquals(built.From, snapshot)) return built.Policy;
        var policy = new AssociationPolicy
        {
            AeTitle = aeTitle,
            CheckCalledAeTitle = snapshot.Settings.CheckCalledAeTitle,
            CheckCallingAeTitle = snapshot.Settings.CheckCallingAeTitle,
            CheckPeerHost = snapshot.Settings.CheckPeerHost,
            KnownPeers = snapshot.RemoteAes.Select(a => new KnownPeer(a.AeTitle, a.Host)).ToList(),
            SupportedSyntaxes = AcceptedSyntaxSettings.Apply(PacsSyntaxes.All, snapshot.Settings),
            HostResolver = _hosts,
        };
        Volatile.Write(ref _built, new Built(snapshot, policy));
        return policy;
    }
}
