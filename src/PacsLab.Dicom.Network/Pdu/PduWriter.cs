using System.Buffers.Binary;

namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// A growable big-endian buffer for the nested items of A-ASSOCIATE PDUs: an item's length is written once its
/// value is complete. Problems are the caller's mistake, so they are <see cref="ArgumentException"/>s.
/// </summary>
internal sealed class PduWriter
{
    private byte[] _buffer = new byte[512];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void WriteByte(byte value) => Take(1)[0] = value;

    public void WriteUInt16(ushort value) => BinaryPrimitives.WriteUInt16BigEndian(Take(2), value);

    public void WriteUInt32(uint value) => BinaryPrimitives.WriteUInt32BigEndian(Take(4), value);

    public void WriteBytes(ReadOnlySpan<byte> value) => value.CopyTo(Take(value.Length));

    public Span<byte> Take(int count)
    {
        if (Length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    /// <summary>Printable ASCII only: UIDs and the implementation version name (PS3.8 9.3.2.2.1, PS3.7 D.3.3.2).</summary>
    public void WriteAscii(string text, string what)
    {
        var span = Take(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c > 0x7E)
                throw new ArgumentException($"The {what} '{text}' contains the character U+{(int)c:X4}; PDUs carry printable ASCII only.");
            span[i] = (byte)c;
        }
    }

    /// <summary>A 2-byte length and the UID (sub-items 54H, 56H, 57H).</summary>
    public void WriteLengthPrefixedUid(string uid, string what)
    {
        if (uid.Length > ushort.MaxValue) throw new ArgumentException($"The {what} is longer than 65535 characters.");
        WriteUInt16((ushort)uid.Length);
        WriteAscii(uid, what);
    }

    /// <summary>Writes the item type, a reserved byte and a placeholder length; returns where the length goes.</summary>
    public int BeginItem(byte type)
    {
        WriteByte(type);
        WriteByte(0);
        WriteUInt16(0);
        return Length - 2;
    }

    public void EndItem(int lengthPosition) => EndField(lengthPosition, PduItemType.Name(_buffer[lengthPosition - 2]));

    /// <summary>Patches the 2-byte length at <paramref name="lengthPosition"/> to cover everything written after it.</summary>
    public void EndField(int lengthPosition, string what)
    {
        var length = Length - lengthPosition - 2;
        if (length > ushort.MaxValue)
            throw new ArgumentException($"The {what} would be {length} bytes long; at most 65535 fit in its 2-byte length.");
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(lengthPosition, 2), (ushort)length);
    }

    /// <summary>Writes the 6-byte PDU header with a placeholder length; returns where the length goes.</summary>
    public int BeginPdu(PduType type)
    {
        WriteByte((byte)type);
        WriteByte(0);
        WriteUInt32(0);
        return Length - 4;
    }

    public void EndPdu(int lengthPosition) =>
        BinaryPrimitives.WriteUInt32BigEndian(_buffer.AsSpan(lengthPosition, 4), (uint)(Length - lengthPosition - 4));
}
