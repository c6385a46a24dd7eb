using System.Buffers;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Dicom.Network.Tests.Transport;

/// <summary>PDUs queued while the connection is busy writing go out together in the next write, in order.</summary>
public class PduCoalescingTests
{
    /// <summary>A stream whose first write waits until the test lets it go, and which records every write.</summary>
    private sealed class GatedStream : MemoryStream
    {
        private readonly TaskCompletionSource _firstWriteStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int> Writes { get; } = [];
        public Task FirstWriteStarted => _firstWriteStarted.Task;

        public void Release() => _release.TrySetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Writes.Count == 0)
            {
                _firstWriteStarted.TrySetResult();
                await _release.Task;
            }
            lock (Writes) Writes.Add(buffer.Length);
            Write(buffer.Span);
        }
    }

    private static PDataTf Pdu(int i) => new([new PresentationDataValue(1, false, true, Enumerable.Repeat((byte)i, 100 + i).ToArray())]);

    private static byte[] Encoded(IEnumerable<ProtocolDataUnit> pdus)
    {
        var writer = new ArrayBufferWriter<byte>();
        foreach (var pdu in pdus) PduCodec.Encode(pdu, writer);
        return writer.WrittenSpan.ToArray();
    }

    [Fact]
    public async Task Send_PdusQueuedDuringAWrite_LeaveInOneWriteInOrder()
    {
        var stream = new GatedStream();
        await using var connection = new PduConnection(stream);
        var first = connection.SendAsync(Pdu(0), CancellationToken.None);
        await stream.FirstWriteStarted;

        var later = Enumerable.Range(1, 9).Select(i => connection.SendAsync(Pdu(i), CancellationToken.None)).ToList();
        var batch = connection.SendAsync([Pdu(10), Pdu(11)], CancellationToken.None);
        stream.Release();
        await Task.WhenAll([first, .. later, batch]);

        Assert.Equal(2, stream.Writes.Count);
        Assert.Equal(Encoded(Enumerable.Range(0, 12).Select(Pdu)), stream.ToArray());
        Assert.Equal(stream.Length, connection.BytesSent);
    }

    [Fact]
    public async Task Send_MoreThanTheLimitQueued_IsSplitAcrossWritesAtPduBoundaries()
    {
        var stream = new GatedStream();
        await using var connection = new PduConnection(stream);
        var first = connection.SendAsync(Pdu(0), CancellationToken.None);
        await stream.FirstWriteStarted;
        var big = Enumerable.Range(1, 5).Select(i => new PDataTf([new PresentationDataValue(1, false, true, new byte[PduConnection.CoalesceLimit / 2])])).ToList();

        var sends = big.Select(p => connection.SendAsync(p, CancellationToken.None)).ToList();
        stream.Release();
        await Task.WhenAll([first, .. sends]);

        Assert.True(stream.Writes.Count >= 3, $"{stream.Writes.Count} writes");
        Assert.All(stream.Writes.Skip(1), w => Assert.True(w <= PduConnection.CoalesceLimit + big[0].Values[0].Data.Length + 12, $"a write of {w} bytes"));
        Assert.Equal(Encoded([Pdu(0), .. big]), stream.ToArray());
    }
}
