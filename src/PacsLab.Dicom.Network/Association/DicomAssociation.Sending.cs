using System.Buffers;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>How much of a streamed data set is read ahead: each of the two chunks holds about this many bytes of fragments.</summary>
    private const int StreamChunkLength = 256 * 1024;

    private readonly SemaphoreSlim _messageLock = new(1, 1);
    private CancellationTokenSource? _idle;

    /// <summary>
    /// Sends one DIMSE message: the command set, then the data set (already encoded in the context's transfer syntax)
    /// read from <paramref name="dataSet"/> a chunk at a time, never held whole. The next chunk is read while the
    /// previous one is being written.
    /// </summary>
    public async Task SendAsync(byte contextId, DimseCommand command, Stream? dataSet, CancellationToken cancellationToken)
    {
        RequireContext(contextId);
        command.HasDataSet = dataSet is not null;
        var commandBytes = await DimseCommandCodec.EncodeAsync(command, cancellationToken).ConfigureAwait(false);
        Task commandWritten;
        await _messageLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            commandWritten = await QueuePDataAsync([.. DimseMessageFragmenter.Fragment(contextId, commandBytes, isCommand: true, PeerMaxPduLength)]).ConfigureAwait(false);
            if (dataSet is not null) await SendStreamAsync(contextId, dataSet, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _messageLock.Release();
        }
        await commandWritten.ConfigureAwait(false);
    }

    /// <summary>Encodes <paramref name="dataSet"/> in the context's transfer syntax and sends it with the command.</summary>
    public async Task SendAsync(byte contextId, DimseCommand command, DicomDataset? dataSet, CancellationToken cancellationToken)
    {
        if (dataSet is null)
        {
            await SendAsync(contextId, command, (Stream?)null, cancellationToken).ConfigureAwait(false);
            return;
        }
        var encoded = await EncodeAsync(contextId, dataSet, cancellationToken).ConfigureAwait(false);
        var written = await EnqueueAsync(contextId, command, encoded, cancellationToken).ConfigureAwait(false);
        await written.ConfigureAwait(false);
    }

    /// <summary>A data set encoded in the transfer syntax of the presentation context, ready for <see cref="EnqueueAsync"/>.</summary>
    public Task<byte[]> EncodeAsync(byte contextId, DicomDataset dataSet, CancellationToken cancellationToken)
    {
        var syntax = RequireContext(contextId).TransferSyntax;
        return DicomDatasetSerializer.SerializeAsync(dataSet, syntax, null, cancellationToken);
    }

    /// <summary>
    /// Queues one DIMSE message whose data set is already encoded, without waiting for it to be written: the outer task
    /// completes once its PDUs are queued (messages go out in the order they were queued), the inner one once they have
    /// been written. A service that answers with many messages, such as C-FIND, prepares the next one meanwhile, and
    /// messages queued while a write is under way go out together. <paramref name="dataSet"/> must stay unchanged until
    /// the inner task completes.
    /// </summary>
    public async Task<Task> EnqueueAsync(byte contextId, DimseCommand command, ReadOnlyMemory<byte> dataSet, CancellationToken cancellationToken)
    {
        RequireContext(contextId);
        command.HasDataSet = true;
        var commandBytes = await DimseCommandCodec.EncodeAsync(command, cancellationToken).ConfigureAwait(false);
        List<PDataTf> pdus =
        [
            .. DimseMessageFragmenter.Fragment(contextId, commandBytes, isCommand: true, PeerMaxPduLength),
            .. DimseMessageFragmenter.Fragment(contextId, dataSet, isCommand: false, PeerMaxPduLength),
        ];
        await _messageLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await QueuePDataAsync(pdus).ConfigureAwait(false);
        }
        finally
        {
            _messageLock.Release();
        }
    }

    private AcceptedPresentationContext RequireContext(byte contextId) =>
        GetContext(contextId) ?? throw new InvalidOperationException($"presentation context {contextId} was not accepted on this association");

    /// <summary>
    /// The data set's fragments from a stream, through two pooled chunks taken in turn: while one chunk's PDUs are
    /// written the other is filled, and a chunk is filled again only once its PDUs are out. The final fragment of a full
    /// chunk waits for the next read, which tells whether it is the last of the data set.
    /// </summary>
    private async Task SendStreamAsync(byte contextId, Stream source, CancellationToken cancellationToken)
    {
        var fragment = DimseMessageFragmenter.MaxFragmentLength(PeerMaxPduLength);
        var chunkLength = Math.Max(1, StreamChunkLength / fragment) * fragment;
        byte[][] chunks = [ArrayPool<byte>.Shared.Rent(chunkLength), ArrayPool<byte>.Shared.Rent(chunkLength)];
        Task[] written = [Task.CompletedTask, Task.CompletedTask];
        try
        {
            var current = 0;
            var filled = await FillAsync(source, chunks[current].AsMemory(0, chunkLength), cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var pdus = DimseMessageFragmenter.Fragment(contextId, chunks[current].AsMemory(0, filled), isCommand: false, PeerMaxPduLength,
                    endsMessage: filled < chunkLength).ToList();
                if (filled < chunkLength)
                {
                    written[current] = await QueuePDataAsync(pdus).ConfigureAwait(false);
                    return;
                }
                var held = pdus[^1];
                pdus.RemoveAt(pdus.Count - 1);
                var head = pdus.Count > 0 ? await QueuePDataAsync(pdus).ConfigureAwait(false) : Task.CompletedTask;
                var next = 1 - current;
                await written[next].ConfigureAwait(false);
                var nextFilled = await FillAsync(source, chunks[next].AsMemory(0, chunkLength), cancellationToken).ConfigureAwait(false);
                var lastValue = held.Values[0];
                var tail = await QueuePDataAsync([new PDataTf([lastValue with { IsLast = nextFilled == 0 }])]).ConfigureAwait(false);
                written[current] = Task.WhenAll(head, tail);
                if (nextFilled == 0) return;
                (current, filled) = (next, nextFilled);
            }
        }
        finally
        {
            // The chunks go back to the pool only once nothing queued refers to them any more.
            await Task.WhenAll(written).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            foreach (var chunk in chunks) ArrayPool<byte>.Shared.Return(chunk);
            await Task.WhenAll(written).ConfigureAwait(false);
        }
    }

    private static async Task<int> FillAsync(Stream source, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await source.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (n == 0) break;
            total += n;
        }
        return total;
    }

    /// <summary>
    /// Puts P-DATA-TF PDUs through the state machine (DT-1 in Sta6, AR-7 in Sta8) in one turn of the gate and hands
    /// them to the connection together; the returned task completes when they have been written.
    /// </summary>
    private async Task<Task> QueuePDataAsync(IReadOnlyList<PDataTf> pdus)
    {
        try
        {
            _idle?.CancelAfter(_options.IdleTimeout);
        }
        catch (ObjectDisposedException)
        {
            // The read loop has ended; the association is going away and the send will say so.
        }
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_machine.State is not (AssociationState.Sta6 or AssociationState.Sta8))
                throw new IOException($"the association is not established (state {_machine.State.ToStandardName()}); nothing can be sent");
            foreach (var _ in pdus)
            {
                var step = _machine.Step(UpperLayerEvent.PDataRequest, Context());
                if (step.Effects is not [SendPdu { Kind: PduType.PDataTf }])
                    throw new InvalidOperationException($"a P-DATA request gave unexpected effects ({step})");
            }
            return _connection.SendAsync(pdus, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }
}
