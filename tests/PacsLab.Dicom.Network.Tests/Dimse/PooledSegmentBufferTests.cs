using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Dicom.Network.Tests.Dimse;

/// <summary>The in-memory store of a received data set, read back through its seekable stream.</summary>
public class PooledSegmentBufferTests
{
    private static (PooledSegmentBuffer Buffer, byte[] Bytes) Filled(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        var buffer = new PooledSegmentBuffer();
        buffer.Append(bytes.AsSpan(0, length / 3));
        buffer.Append(bytes.AsSpan(length / 3));
        return (buffer, bytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(100_000)]
    [InlineData(131_072)]
    public void OpenRead_SeekThenRead_GivesTheBytesFromThere(int at)
    {
        var (buffer, bytes) = Filled(150_000);
        using var _ = buffer;
        using var stream = buffer.OpenRead();

        Assert.True(stream.CanSeek);
        Assert.Equal(bytes.Length, stream.Length);
        stream.Position = at;
        var rest = new byte[bytes.Length - at];
        stream.ReadExactly(rest);

        Assert.Equal(bytes[at..], rest);
        Assert.Equal(bytes.Length, stream.Position);
        Assert.Equal(0, stream.Read(new byte[10]));
    }

    [Fact]
    public void OpenRead_SeekFromTheEndAndBack_ReadsTheSameBytes()
    {
        var (buffer, bytes) = Filled(70_000);
        using var _ = buffer;
        using var stream = buffer.OpenRead();

        stream.Seek(-10, SeekOrigin.End);
        var tail = new byte[10];
        stream.ReadExactly(tail);
        stream.Seek(-20, SeekOrigin.Current);
        var again = new byte[20];
        stream.ReadExactly(again);

        Assert.Equal(bytes[^10..], tail);
        Assert.Equal(bytes[^20..], again);
    }

    [Fact]
    public void OpenRead_SeekPastTheEnd_IsRefused()
    {
        var (buffer, _) = Filled(1000);
        using var __ = buffer;
        using var stream = buffer.OpenRead();

        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Position = 1001);
        Assert.Throws<ArgumentOutOfRangeException>(() => stream.Seek(-1, SeekOrigin.Begin));
    }
}
