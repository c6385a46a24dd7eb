using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    private int _nextMessageId;

    /// <summary>A fresh Message ID (0000,0110) for a request sent on this association.</summary>
    public ushort NextMessageId() => (ushort)(Interlocked.Increment(ref _nextMessageId) & 0xFFFF);

    /// <summary>The accepted context for an abstract syntax, preferring one whose transfer syntax is in <paramref name="preferred"/>.</summary>
    public AcceptedPresentationContext? FindContext(string abstractSyntax, IEnumerable<string>? preferred = null)
    {
        var candidates = _contexts.Values.Where(c => c.AbstractSyntax == abstractSyntax).ToList();
        foreach (var uid in preferred ?? [])
        {
            if (candidates.FirstOrDefault(c => c.TransferSyntax.Uid == uid) is { } match) return match;
        }
        return candidates.FirstOrDefault();
    }

    public AcceptedPresentationContext? GetContext(byte id) => _contexts.GetValueOrDefault(id);

    /// <summary>
    /// Whether the requestor took the SCP role for the SOP class in role selection (PS3.7 D.3.3.4), as the A-ASSOCIATE-AC
    /// says: only then may it be sent requests of that class on this association, such as the C-STOREs of a C-GET.
    /// </summary>
    public bool RequestorIsScpFor(string sopClassUid) =>
        Acceptance is { } ac && RoleNegotiation.RequestorIsScp(ac.UserInformation.RoleSelections, sopClassUid);

    /// <summary>Waits for the next message from the peer; null when the association ended first.</summary>
    public async Task<DimseMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.DimseTimeout);
        try
        {
            return await _incoming.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false) && _incoming.Reader.TryRead(out var message) ? message : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Peer} sent no DIMSE response within {_options.DimseTimeout.TotalSeconds:F0} s.");
        }
    }
}
