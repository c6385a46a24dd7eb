using System.Buffers;
using System.Threading.Channels;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>
/// PDUs over a byte stream: reads are done by the association's single read loop; writes go through one channel
/// drained by one writer task, so PDUs are never interleaved (DESIGN.md example 3). PDUs queued while a write is under
/// way go out together in the next write (up to <see cref="CoalesceLimit"/> bytes), so a burst of small PDUs, such as
/// C-FIND responses or the fragments of a data set, costs one socket write rather than one each. The body of a PDU is
/// only allocated after its declared length passed <see cref="PduCodec.CheckLength"/>.
/// </summary>
public sealed class PduConnection : IAsyncDisposable
{
    /// <summary>The most bytes gathered into one write (a single PDU larger than this still goes out whole).</summary>
    public const int CoalesceLimit = 256 * 1024;

    private readonly Stream _stream;
    private readonly Channel<(IReadOnlyList<ProtocolDataUnit> Pdus, TaskCompletionSource Sent)> _outgoing =
        Channel.CreateUnbounded<(IReadOnlyList<ProtocolDataUnit>, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly CancellationTokenSource _closing = new();
    private readonly byte[] _header = new byte[PduCodec.HeaderLength];
    private int _disposed;

    public PduConnection(Stream stream)
    {
        _stream = stream;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>What this side accepts; the association sets the P-DATA cap once it has announced its maximum length.</summary>
    public PduLimits Limits { get; set; } = PduLimits.Default;

    public long BytesReceived { get; private set; }
    public long BytesSent { get; private set; }

    /// <summary>
    /// The next PDU; null when the peer closed the connection cleanly between PDUs. The fragments of a P-DATA-TF are
    /// slices of this connection's receive buffer: consume them before the next read (the association's read loop
    /// does), so receiving allocates nothing per PDU.
    /// </summary>
    /// <exception cref="PduFormatException">The bytes are not a valid PDU.</exception>
    /// <exception cref="EndOfStreamException">The connection closed inside a PDU.</exception>
    public async Task<ProtocolDataUnit?> ReadAsync(CancellationToken cancellationToken)
    {
        var got = await ReadAtLeastAsync(_header, cancellationToken).ConfigureAwait(false);
        if (got == 0) return null;
        if (got < _header.Length) throw new EndOfStreamException($"the connection closed after {got} bytes of a PDU header");
        PduCodec.TryReadHeader(_header, out var type, out var length);
        PduCodec.CheckLength(type, length, Limits);
        await ReadBodyAsync(type, length, cancellationToken).ConfigureAwait(false);
        BytesReceived += PduCodec.HeaderLength + length;
        return PduCodec.Decode(type, _body.AsMemory(0, (int)length), Limits);
    }

    /// <summary>Queues a PDU and completes when it has been written to the stream.</summary>
    public Task SendAsync(ProtocolDataUnit pdu, CancellationToken cancellationToken) => SendAsync([pdu], cancellationToken);

    /// <summary>
    /// Queues PDUs to go out one after the other, and completes when all have been written to the stream. Memory they
    /// refer to (P-DATA fragments) must stay unchanged until then.
    /// </summary>
    public Task SendAsync(IReadOnlyList<ProtocolDataUnit> pdus, CancellationToken cancellationToken)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_outgoing.Writer.TryWrite((pdus, sent)))
            sent.SetException(new IOException("the connection is closed; the PDU was not sent"));
        return cancellationToken.CanBeCanceled ? sent.Task.WaitAsync(cancellationToken) : sent.Task;
    }

    /// <summary>Stops accepting PDUs, lets queued ones go out, then closes the stream.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _outgoing.Writer.TryComplete();
        try { await _writer.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false); }
        catch (TimeoutException) { await _closing.CancelAsync().ConfigureAwait(false); }
        await _stream.DisposeAsync().ConfigureAwait(false);
        _closing.Dispose();
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var batch = new List<TaskCompletionSource>();
        var reader = _outgoing.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            batch.Clear();
            var first = PduType.PDataTf;
            while (buffer.WrittenCount < CoalesceLimit && reader.TryRead(out var item))
            {
                foreach (var pdu in item.Pdus) PduCodec.Encode(pdu, buffer);
                if (batch.Count == 0 && item.Pdus.Count > 0) first = item.Pdus[0].Type;
                batch.Add(item.Sent);
            }
            try
            {
                await _stream.WriteAsync(buffer.WrittenMemory, _closing.Token).ConfigureAwait(false);
                await _stream.FlushAsync(_closing.Token).ConfigureAwait(false);
                BytesSent += buffer.WrittenCount;
                foreach (var sent in batch) sent.TrySetResult();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
            {
                foreach (var sent in batch) sent.TrySetException(new IOException($"the {first} PDU could not be sent: {ex.Message}", ex));
                _outgoing.Writer.TryComplete();
                while (reader.TryRead(out var rest)) rest.Sent.TrySetException(new IOException("the connection is closed; the PDU was not sent"));
            }
        }
    }

    /// <summary>
    /// Reads a PDU body into the reused receive buffer. A large declared length (possible when no maximum was
    /// announced) is not trusted: the buffer grows, doubling, only as bytes actually arrive, so a lying header costs
    /// at most twice what was sent; an unusually large buffer is let go afterwards rather than kept.
    /// </summary>
    private async Task ReadBodyAsync(PduType type, uint length, CancellationToken cancellationToken)
    {
        if (_body.Length > RetainedBodyLength) _body = new byte[InitialBodyLength];
        var target = (int)Math.Min(length, Math.Max((long)_body.Length, TrustedBodyLength));
        if (_body.Length < target) _body = new byte[target];
        var filled = 0;
        while (true)
        {
            var read = await ReadAtLeastAsync(_body.AsMemory(filled, target - filled), cancellationToken).ConfigureAwait(false);
            filled += read;
            if (filled == length) return;
            if (filled < target) throw new EndOfStreamException($"the connection closed after {filled} of the {length} bytes of a {type.ToStandardName()} PDU");
            target = (int)Math.Min(length, (long)target * 2);
            Array.Resize(ref _body, target);
        }
    }

    private const int InitialBodyLength = 64 * 1024;
    private const int TrustedBodyLength = 1024 * 1024;
    private const int RetainedBodyLength = 4 * 1024 * 1024;
    private byte[] _body = new byte[InitialBodyLength];

    // Small reads (PDU headers, short PDUs) are served from one read-ahead buffer, so a PDU usually costs one
    // receive call instead of two; reads at least this large go straight into the caller's memory.
    private readonly byte[] _readAhead = new byte[16 * 1024];
    private int _readAheadStart;
    private int _readAheadEnd;

    private Task<int> ReadAtLeastAsync(byte[] buffer, CancellationToken cancellationToken) => ReadAtLeastAsync(buffer.AsMemory(), cancellationToken);

    private async Task<int> ReadAtLeastAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = TakeReadAhead(buffer.Span);
        while (total < buffer.Length)
        {
            var wanted = buffer.Length - total;
            if (wanted >= _readAhead.Length)
            {
                var direct = await _stream.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
                if (direct == 0) break;
                total += direct;
                continue;
            }
            var n = await _stream.ReadAsync(_readAhead, cancellationToken).ConfigureAwait(false);
            if (n == 0) break;
            _readAheadStart = 0;
            _readAheadEnd = n;
            total += TakeReadAhead(buffer.Span[total..]);
        }
        return total;
    }

    private int TakeReadAhead(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, _readAheadEnd - _readAheadStart);
        _readAhead.AsSpan(_readAheadStart, count).CopyTo(destination);
        _readAheadStart += count;
        return count;
    }
}
