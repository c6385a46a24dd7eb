namespace PacsLab.Dicom;

/// <summary>
/// Buffered, forward-only reading from a stream, tracking the absolute byte offset for error messages.
/// Large values are read straight into their own array, so pixel data is copied once, from the stream.
/// When the stream's length is known, a length field larger than what remains is caught before anything is
/// allocated; when it is not (deflated or network data), a large value grows in steps bounded by the bytes
/// actually received.
/// </summary>
internal sealed class DicomByteSource
{
    private const int BufferSize = 64 * 1024;
    private const int UnknownLengthStep = 4 * 1024 * 1024;
    private const int SmallestBuffer = 256;

    private readonly Stream _stream;
    private readonly long? _end;
    private byte[] _buffer;
    private int _pos;
    private int _len;
    private long _bufferStart;

    public DicomByteSource(Stream stream, long startOffset = 0)
    {
        _stream = stream;
        _bufferStart = startOffset;
        if (stream.CanSeek)
        {
            try { _end = startOffset + (stream.Length - stream.Position); }
            catch (NotSupportedException) { _end = null; }
        }
        // A short stream of known length (a DIMSE command, a C-FIND identifier) needs no more buffer than it holds.
        _buffer = new byte[_end is { } end ? (int)Math.Clamp(end - startOffset, SmallestBuffer, BufferSize) : BufferSize];
    }

    /// <summary>Offset of the next byte, from the start of the stream (or of the inflated data).</summary>
    public long Position => _bufferStart + _pos;

    /// <summary>Bytes left when the stream's length is known; null otherwise.</summary>
    public long? Remaining => _end is { } end ? end - Position : null;

    public int Buffered => _len - _pos;

    public ReadOnlySpan<byte> Peek(int count) => _buffer.AsSpan(_pos, count);

    public void Advance(int count) => _pos += count;

    /// <summary>Makes at least <paramref name="count"/> bytes available; false if the stream ends first.</summary>
    public async ValueTask<bool> EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (_len - _pos >= count) return true;
        if (_pos > 0)
        {
            Buffer.BlockCopy(_buffer, _pos, _buffer, 0, _len - _pos);
            _bufferStart += _pos;
            _len -= _pos;
            _pos = 0;
        }
        if (count > _buffer.Length) Array.Resize(ref _buffer, count);
        while (_len < count)
        {
            var read = await _stream.ReadAsync(_buffer.AsMemory(_len, _buffer.Length - _len), cancellationToken).ConfigureAwait(false);
            if (read == 0) return false;
            _len += read;
        }
        return true;
    }

    public async ValueTask<bool> IsAtEndAsync(CancellationToken cancellationToken) => !await EnsureAsync(1, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Reads exactly <paramref name="length"/> bytes into a new array, or fails naming the shortfall; errors report
    /// <paramref name="elementOffset"/>, where the element's header starts.
    /// </summary>
    public async ValueTask<byte[]> ReadBytesAsync(long length, DicomTag? tag, long elementOffset, CancellationToken cancellationToken)
    {
        var start = elementOffset;
        if (length > Array.MaxLength)
            throw new DicomFormatException($"value length {length} is larger than this reader can hold", start, tag);
        if (Remaining is { } remaining && length > remaining)
            throw new DicomFormatException($"value length {length} runs past the end of the data ({remaining} bytes remain)", start, tag);
        if (Remaining is null && length > UnknownLengthStep) return await ReadGrowingAsync((int)length, tag, start, cancellationToken).ConfigureAwait(false);

        var result = length == 0 ? [] : new byte[length];
        var filled = CopyFromBuffer(result, 0);
        while (filled < result.Length)
        {
            var read = await _stream.ReadAsync(result.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw Truncated(start, length, filled, tag);
            filled += read;
            _bufferStart += read;
        }
        return result;
    }

    /// <summary>What is left of the stream, buffered bytes first; used to switch to inflating a deflated data set.</summary>
    public Stream DetachRemainder()
    {
        var prefix = _buffer.AsMemory(_pos, _len - _pos).ToArray();
        _bufferStart += _len;
        _pos = 0;
        _len = 0;
        return new PrefixedStream(prefix, _stream);
    }

    private async ValueTask<byte[]> ReadGrowingAsync(int length, DicomTag? tag, long start, CancellationToken cancellationToken)
    {
        var result = new byte[UnknownLengthStep];
        var filled = CopyFromBuffer(result, 0);
        while (filled < length)
        {
            if (filled == result.Length) Array.Resize(ref result, (int)Math.Min(length, (long)result.Length * 2));
            var read = await _stream.ReadAsync(result.AsMemory(filled, result.Length - filled), cancellationToken).ConfigureAwait(false);
            if (read == 0) throw Truncated(start, length, filled, tag);
            filled += read;
            _bufferStart += read;
        }
        return result;
    }

    /// <summary>Moves buffered bytes into the target; once the buffer is empty, direct reads advance _bufferStart.</summary>
    private int CopyFromBuffer(byte[] target, int offset)
    {
        var n = Math.Min(_len - _pos, target.Length - offset);
        Buffer.BlockCopy(_buffer, _pos, target, offset, n);
        _pos += n;
        if (_pos == _len)
        {
            _bufferStart += _len;
            _pos = 0;
            _len = 0;
        }
        return n;
    }

    private static DicomFormatException Truncated(long start, long length, long got, DicomTag? tag) =>
        new($"the data ends inside a value: its length says {length} bytes but only {got} follow", start, tag);
}
