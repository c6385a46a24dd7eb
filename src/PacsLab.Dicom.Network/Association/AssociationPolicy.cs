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

    public AssociationDecision Decide(AAssociateRq request, AssociationPeer peer)
    {
        if ((request.ProtocolVersion & 1) == 0) return AssociationRejections.ProtocolVersionNotSupported(request.ProtocolVersion);
        if (request.ApplicationContextName != DicomApplicationContext.Name)
            return AssociationRejections.ApplicationContextNotSupported(request.ApplicationContextName);
        if (CheckCalledAeTitle && !AeTitle.Equals(request.CalledAeTitle, StringComparison.Ordinal))
            return AssociationRejections.CalledAeNotRecognized(request.CalledAeTitle, AeTitle);

        var known = KnownPeers.FirstOrDefault(p => p.AeTitle.Equals(request.CallingAeTitle, StringComparison.Ordinal));
        if (CheckCallingAeTitle && known is null) return AssociationRejections.CallingAeNotRecognized(request.CallingAeTitle);
        if (CheckPeerHost && known?.Host is { } host && !HostMatches(host, peer.Address))
            return AssociationRejections.HostNotAllowed(request.CallingAeTitle, peer.Address?.ToString() ?? "an unknown address", host);

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

    /// <summary>A host entry may be an address or a name; names are compared with what they resolve to locally.</summary>
    private static bool HostMatches(string host, IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.TryParse(host, out var expected)) return expected.Equals(address);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return IPAddress.IsLoopback(address);
        return false;
    }
}
