using System.Net;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Association;

/// <summary>
/// A configurable policy: each check can be switched off (a PACS administrator's finding when it is), contexts are
/// accepted by abstract syntax with the acceptor's transfer syntax preference. Checks run in the order a real PACS
/// applies them: protocol, application context, called AE, calling AE, peer host, then presentation contexts.
/// </summary>
public sealed record AssociationPolicy : IAssociationPolicy
{
    public required string AeTitle { get; init; }
    public bool CheckCalledAeTitle { get; init; } = true;
    public bool CheckCallingAeTitle { get; init; }
    public bool CheckPeerHost { get; init; }
    public IReadOnlyList<KnownPeer> KnownPeers { get; init; } = [];
    public IReadOnlyList<SupportedSyntax> SupportedSyntaxes { get; init; } = [];

    /// <summary>When every proposed context is refused, reject the association instead of accepting it with none.</summary>
    public bool RejectWhenNoContextAccepted { get; init; }

    /// <summary>Looks up host names for the peer-host check; give policies built one after another the same one, so they share its cache.</summary>
    public PeerHostResolver HostResolver { get; init; } = new();

    /// <summary>
    /// The decision without waiting: a known peer's host must be an IP address or <c>localhost</c> here, since a name
    /// cannot be looked up without waiting (such a peer is rejected as not resolved). Associations use <see cref="DecideAsync"/>.
    /// </summary>
    public AssociationDecision Decide(AAssociateRq request, AssociationPeer peer)
    {
        if (CheckIdentity(request, out var known) is { } rejected) return rejected;
        if (HostToCheck(known) is { } host)
        {
            var resolved = Literal(host) ?? new HostResolution(host, [], "a host name is only looked up when the association is decided asynchronously");
            if (CheckHost(request, peer, resolved) is { } wrongHost) return wrongHost;
        }
        return DecideContexts(request);
    }

    /// <summary>The decision, looking up the known peer's host name (with a time limit and a short cache) when the host check needs it.</summary>
    public async ValueTask<AssociationDecision> DecideAsync(AAssociateRq request, AssociationPeer peer, CancellationToken cancellationToken)
    {
        if (CheckIdentity(request, out var known) is { } rejected) return rejected;
        if (HostToCheck(known) is { } host)
        {
            var resolved = Literal(host) ?? await HostResolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
            if (CheckHost(request, peer, resolved) is { } wrongHost) return wrongHost;
        }
        return DecideContexts(request);
    }

    private AssociationRejected? CheckIdentity(AAssociateRq request, out KnownPeer? known)
    {
        known = null;
        if ((request.ProtocolVersion & 1) == 0) return AssociationRejections.ProtocolVersionNotSupported(request.ProtocolVersion);
        if (request.ApplicationContextName != DicomApplicationContext.Name)
            return AssociationRejections.ApplicationContextNotSupported(request.ApplicationContextName);
        if (CheckCalledAeTitle && !AeTitle.Equals(request.CalledAeTitle, StringComparison.Ordinal))
            return AssociationRejections.CalledAeNotRecognized(request.CalledAeTitle, AeTitle);

        known = KnownPeers.FirstOrDefault(p => p.AeTitle.Equals(request.CallingAeTitle, StringComparison.Ordinal));
        if (CheckCallingAeTitle && known is null) return AssociationRejections.CallingAeNotRecognized(request.CallingAeTitle);
        return null;
    }

    /// <summary>The host the peer must come from, when the host check applies to it (an unknown peer passes it).</summary>
    private string? HostToCheck(KnownPeer? known) => CheckPeerHost && known?.Host is { Length: > 0 } host ? host.Trim() : null;

    private static AssociationRejected? CheckHost(AAssociateRq request, AssociationPeer peer, HostResolution expected)
    {
        var actual = peer.Address is null ? "an unknown address" : PeerAddressMatch.Normalize(peer.Address).ToString();
        if (!expected.Succeeded) return AssociationRejections.HostNotResolved(request.CallingAeTitle, actual, expected.Host, expected.Error!);
        if (peer.Address is not null && PeerAddressMatch.Matches(expected.Addresses, peer.Address)) return null;
        var named = IPAddress.TryParse(expected.Host, out _) || expected.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? expected.Host
            : $"{expected.Host} ({string.Join(", ", expected.Addresses)})";
        return AssociationRejections.HostNotAllowed(request.CallingAeTitle, actual, named);
    }

    /// <summary>An IP address, or <c>localhost</c> (any loopback address), needs no lookup; null for any other name.</summary>
    private static HostResolution? Literal(string host)
    {
        if (IPAddress.TryParse(host, out var address)) return new HostResolution(host, [address]);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return new HostResolution(host, [IPAddress.Loopback, IPAddress.IPv6Loopback]);
        return null;
    }

    private AssociationDecision DecideContexts(AAssociateRq request)
    {
        var results = request.PresentationContexts.Select(DecideContext).ToList();
        if (RejectWhenNoContextAccepted && results.All(r => r.Result != PresentationContextResultCode.Acceptance))
            return AssociationRejections.NoContextAccepted();
        return new AssociationAccepted(results);
    }

    private PresentationContextResult DecideContext(PresentationContextProposal proposal)
    {
        var supported = SupportedSyntaxes.FirstOrDefault(s => s.AbstractSyntax == proposal.AbstractSyntax);
        if (supported is null)
            return new PresentationContextResult(proposal.Id, PresentationContextResultCode.AbstractSyntaxNotSupported, DicomTransferSyntax.ImplicitVRLittleEndian.Uid);
        var chosen = supported.TransferSyntaxes.FirstOrDefault(proposal.TransferSyntaxes.Contains);
        return chosen is null
            ? new PresentationContextResult(proposal.Id, PresentationContextResultCode.TransferSyntaxesNotSupported, DicomTransferSyntax.ImplicitVRLittleEndian.Uid)
            : new PresentationContextResult(proposal.Id, PresentationContextResultCode.Acceptance, chosen);
    }
}
