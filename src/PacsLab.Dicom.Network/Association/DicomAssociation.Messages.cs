using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    private readonly SemaphoreSlim _messageLock = new(1, 1);
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
    /// Sends one DIMSE message: the command set, then the data set (already encoded in the context's transfer
    /// syntax) read from <paramref name="dataSet"/> fragment by fragment, never held whole.
    /// </summary>
    public async Task SendAsync(byte contextId, DimseCommand command, Stream? dataSet, CancellationToken cancellationToken)
    {
        if (!_contexts.ContainsKey(contextId))
            throw new InvalidOperationException($"presentation context {contextId} was not accepted on this association");
        command.HasDataSet = dataSet is not null;
        var commandBytes = await DimseCommandCodec.EncodeAsync(command, cancellationToken).ConfigureAwait(false);
        await _messageLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var pdu in DimseMessageFragmenter.Fragment(contextId, commandBytes, isCommand: true, PeerMaxPduLength))
                await SendPDataAsync(pdu).ConfigureAwait(false);
            if (dataSet is null) return;
            await foreach (var pdu in DimseMessageFragmenter.FragmentAsync(contextId, dataSet, PeerMaxPduLength, cancellationToken).ConfigureAwait(false))
                await SendPDataAsync(pdu).ConfigureAwait(false);
        }
        finally
        {
            _messageLock.Release();
        }
    }

    /// <summary>Encodes <paramref name="dataSet"/> in the context's transfer syntax and sends it with the command.</summary>
    public async Task SendAsync(byte contextId, DimseCommand command, DicomDataset? dataSet, CancellationToken cancellationToken)
    {
        if (dataSet is null)
        {
            await SendAsync(contextId, command, (Stream?)null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var syntax = GetContext(contextId)?.TransferSyntax ?? throw new InvalidOperationException($"presentation context {contextId} was not accepted on this association");
        using var encoded = new MemoryStream(await DicomDatasetSerializer.SerializeAsync(dataSet, syntax, null, cancellationToken).ConfigureAwait(false));
        await SendAsync(contextId, command, encoded, cancellationToken).ConfigureAwait(false);
    }

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

    private CancellationTokenSource? _idle;

    private Task SendPDataAsync(PDataTf pdu)
    {
        if (_machine.State is not (AssociationState.Sta6 or AssociationState.Sta8))
            throw new IOException($"the association is not established (state {_machine.State.ToStandardName()}); nothing can be sent");
        try
        {
            _idle?.CancelAfter(_options.IdleTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The read loop has ended; the association is going away and the send will say so.
        }
        return StepAsync(UpperLayerEvent.PDataRequest, toSend: pdu);
    }
}
