using System.Buffers.Binary;

namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// Big-endian reads over one PDU body or one item's value. Every read is bounds-checked and a short read becomes a
/// <see cref="PduFormatException"/> naming the PDU, the item and the offset from the start of the PDU.
/// </summary>
internal ref struct PduReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _origin;
    private int _position;

    /// <param name="origin">Offset of <paramref name="bytes"/>[0] from the start of the PDU.</param>
    public PduReader(PduType pdu, ReadOnlySpan<byte> bytes, int origin, string? item)
    {
        Pdu = pdu;
        _bytes = bytes;
        _origin = origin;
        Item = item;
    }

    public PduType Pdu { get; }
    public string? Item { get; }
    public readonly int Remaining => _bytes.Length - _position;
    public readonly bool AtEnd => _position == _bytes.Length;
    public readonly int Offset => _origin + _position;

    public byte ReadByte(string field)
    {
        Need(1, field);
        return _bytes[_position++];
    }

    public ushort ReadUInt16(string field)
    {
        Need(2, field);
        var value = BinaryPrimitives.ReadUInt16BigEndian(_bytes[_position..]);
        _position += 2;
        return value;
    }

    public uint ReadUInt32(string field)
    {
        Need(4, field);
        var value = BinaryPrimitives.ReadUInt32BigEndian(_bytes[_position..]);
        _position += 4;
        return value;
    }

    public ReadOnlySpan<byte> ReadBytes(int count, string field)
    {
        Need(count, field);
        var value = _bytes.Slice(_position, count);
        _position += count;
        return value;
    }

    /// <summary>A 2-byte length followed by that many bytes of UID (the layout of sub-items 54H, 56H and 57H).</summary>
    public string ReadLengthPrefixedUid(string field)
    {
        var length = ReadUInt16($"the length of the {field}");
        if (length > Remaining)
            throw Error($"the {field} length {length} runs past the end of the item ({Remaining} bytes left)");
        return PduText.ReadUid(ReadBytes(length, field));
    }

    /// <summary>Reads an item header (type, reserved byte, 2-byte length) and returns a reader over the item's value.</summary>
    public PduReader ReadItem(out byte type)
    {
        var start = Offset;
        type = ReadByte("the item type");
        ReadByte("the reserved byte of the item header");
        var length = ReadUInt16($"the length of the {PduItemType.Name(type)}");
        if (length > Remaining)
            throw new PduFormatException(Pdu, PduItemType.Name(type),
                $"the item length {length} runs past the end of the {Item ?? "PDU"} ({Remaining} bytes left)",
                start, AbortReason.InvalidPduParameterValue);
        var valueOrigin = Offset;
        return new PduReader(Pdu, ReadBytes(length, "the item value"), valueOrigin, PduItemType.Name(type));
    }

    /// <summary>Fails when bytes are left over after the last field of a fixed-layout item.</summary>
    public readonly void ExpectEnd()
    {
        if (!AtEnd)
            throw Error($"{Remaining} bytes are left over after the last field; the item length does not match its fields");
    }

    public readonly PduFormatException Error(string problem, AbortReason reason = AbortReason.InvalidPduParameterValue) =>
        new(Pdu, Item, problem, Offset, reason);

    public readonly PduFormatException ErrorAt(int offset, string problem, AbortReason reason = AbortReason.InvalidPduParameterValue) =>
        new(Pdu, Item, problem, offset, reason);

    private readonly void Need(int count, string field)
    {
        if (count > Remaining)
            throw Error($"{field} needs {count} bytes but only {Remaining} are left in the {Item ?? "PDU"}");
    }
}
