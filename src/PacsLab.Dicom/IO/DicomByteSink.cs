namespace PacsLab.Dicom;

/// <summary>
/// Buffered writing to a stream; large values go straight through without an extra copy. The buffer is borrowed from
/// the shared pool and given back on dispose: a DIMSE response or a small file would otherwise cost a fresh 64 KiB.
/// </summary>
internal sealed class DicomByteSink(Stream stream) : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private byte[] _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public long Written { get; private set; }

    /// <summary>A span of <paramref name="count"/> bytes to fill; call <see cref="Commit"/> after.</summary>
    public async ValueTask<Memory<byte>> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        if (_used + count > _buffer.Length) await FlushAsync(cancellationToken).ConfigureAwait(false);
        return _buffer.AsMemory(_used, count);
    }

    public void Commit(int count)
    {
        _used += count;
        Written += count;
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length <= _buffer.Length - _used)
        {
            bytes.Span.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }
        else
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        Written += bytes.Length;
    }

    public async ValueTask WriteByteAsync(byte value, CancellationToken cancellationToken)
    {
        var span = await ReserveAsync(1, cancellationToken).ConfigureAwait(false);
        span.Span[0] = value;
        Commit(1);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_used == 0) return;
        await stream.WriteAsync(_buffer.AsMemory(0, _used), cancellationToken).ConfigureAwait(false);
        _used = 0;
    }

    /// <summary>Gives the buffer back; what was not flushed is lost.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
    }
}
