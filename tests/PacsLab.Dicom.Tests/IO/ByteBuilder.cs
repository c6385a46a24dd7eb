using System.Buffers.Binary;
using System.Text;

namespace PacsLab.Dicom.Tests.IO;

/// <summary>Hand-assembles data set bytes for tests, so malformed input can be built exactly.</summary>
internal sealed class ByteBuilder
{
    private readonly MemoryStream _bytes = new();

    public long Length => _bytes.Length;

    public ByteBuilder Raw(params byte[] bytes) { _bytes.Write(bytes); return this; }

    public ByteBuilder Tag(ushort group, ushort element)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(b, group);
        BinaryPrimitives.WriteUInt16LittleEndian(b[2..], element);
        _bytes.Write(b);
        return this;
    }

    public ByteBuilder UInt16(ushort value) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, value); _bytes.Write(b); return this; }

    public ByteBuilder UInt32(uint value) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, value); _bytes.Write(b); return this; }

    /// <summary>Explicit VR little endian element with a 16-bit length.</summary>
    public ByteBuilder Short(ushort group, ushort element, string vr, string value)
    {
        var v = Encoding.ASCII.GetBytes(value);
        return Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).UInt16((ushort)v.Length).Raw(v);
    }

    /// <summary>Explicit VR little endian header of a VR with a 32-bit length (OB, SQ, UT ...).</summary>
    public ByteBuilder LongHeader(ushort group, ushort element, string vr, uint length) =>
        Tag(group, element).Raw(Encoding.ASCII.GetBytes(vr)).Raw(0, 0).UInt32(length);

    public ByteBuilder Item(uint length) => Tag(0xFFFE, 0xE000).UInt32(length);
    public ByteBuilder ItemEnd() => Tag(0xFFFE, 0xE00D).UInt32(0);
    public ByteBuilder SequenceEnd() => Tag(0xFFFE, 0xE0DD).UInt32(0);

    /// <summary>A minimal Part 10 header: preamble, DICM and a meta group naming the transfer syntax.</summary>
    public static ByteBuilder Part10(string transferSyntaxUid)
    {
        var ts = transferSyntaxUid.Length % 2 == 1 ? transferSyntaxUid + "\0" : transferSyntaxUid;
        var b = new ByteBuilder().Raw(new byte[128]).Raw("DICM"u8.ToArray());
        b.Tag(0x0002, 0x0000).Raw("UL"u8.ToArray()).UInt16(4).UInt32((uint)(8 + ts.Length));
        b.Short(0x0002, 0x0010, "UI", ts);
        return b;
    }

    public byte[] ToArray() => _bytes.ToArray();

    public MemoryStream ToStream() => new(ToArray());
}
