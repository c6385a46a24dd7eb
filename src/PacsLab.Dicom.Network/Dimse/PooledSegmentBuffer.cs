using System.Buffers;

namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Bytes kept in 64 KB arrays rented from the shared pool: small enough to stay off the large object heap, so
/// receiving one image after another does not drive full garbage collections. Dispose returns the arrays.
/// </summary>
internal sealed class PooledSegmentBuffer : IDisposable
{
    private const int SegmentLength = 64 * 1024;
    private readonly List<byte[]> _segments = [];
    private int _lastUsed = SegmentLength;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_lastUsed == SegmentLength)
            {
                _segments.Add(ArrayPool<byte>.Shared.Rent(SegmentLength));
                _lastUsed = 0;
            }
            var n = Math.Min(bytes.Length, SegmentLength - _lastUsed);
            bytes[..n].CopyTo(_segments[^1].AsSpan(_lastUsed));
            _lastUsed += n;
            Length += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>The filled part of each segment, in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments()
    {
        for (var i = 0; i < _segments.Count; i++)
            yield return _segments[i].AsMemory(0, i == _segments.Count - 1 ? _lastUsed : SegmentLength);
    }

    public Stream OpenRead() => new SegmentStream(this);

    public void Dispose()
    {
        foreach (var segment in _segments) ArrayPool<byte>.Shared.Return(segment);
        _segments.Clear();
        Length = 0;
    }

    /// <summary>
    /// A read-only stream over the segments. It can seek, so a reader knows its length: a data set reader then sizes its
    /// buffer to a small identifier instead of taking 64 KB, and checks value lengths against what remains.
    /// </summary>
    private sealed class SegmentStream(PooledSegmentBuffer buffer) : Stream
    {
        private readonly List<ReadOnlyMemory<byte>> _parts = buffer.Segments().ToList();
        private int _part;
        private int _offset;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => buffer.Length;

        public override long Position
        {
            get => _position;
            set => Seek(value, SeekOrigin.Begin);
        }

        public override int Read(byte[] target, int offset, int count) => Read(target.AsSpan(offset, count));

        public override int Read(Span<byte> target)
        {
            var total = 0;
            while (!target.IsEmpty && _part < _parts.Count)
            {
                var available = _parts[_part].Span[_offset..];
                var n = Math.Min(available.Length, target.Length);
                available[..n].CopyTo(target);
                target = target[n..];
                total += n;
                _offset += n;
                if (_offset == _parts[_part].Length) { _part++; _offset = 0; }
            }
            _position += total;
            return total;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> target, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(target.Span));

        public override Task<int> ReadAsync(byte[] target, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(target.AsSpan(offset, count)));

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin)
        {
            var target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => Length + offset,
            };
            if (target < 0 || target > Length) throw new ArgumentOutOfRangeException(nameof(offset), $"position {target} is outside the {Length} bytes held");
            _position = target;
            _part = (int)(target / SegmentLength);
            _offset = (int)(target % SegmentLength);
            return target;
        }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] target, int offset, int count) => throw new NotSupportedException();
    }
}
