using System.Buffers;
using System.Buffers.Binary;

namespace PacsLab.Dicom.Network.Pdu;

/// <summary>P-DATA-TF: a run of presentation data value items, each a 4-byte length, context ID, control header, data. PS3.8 Table 9-22.</summary>
internal static class PDataCodec
{
    private const int PdvHeaderLength = 6;

    /// <summary>Decodes a copy of <paramref name="body"/>: the result owns its bytes.</summary>
    public static PDataTf Decode(ReadOnlySpan<byte> body) => Decode(new ReadOnlyMemory<byte>(body.ToArray()));

    /// <summary>
    /// Decodes without copying: every fragment is a slice of <paramref name="body"/>, so the caller must not reuse
    /// that memory while the result is in use (the transport's read loop consumes each PDU before reading the next).
    /// </summary>
    public static PDataTf Decode(ReadOnlyMemory<byte> body)
    {
        var reader = new PduReader(PduType.PDataTf, body.Span, PduCodec.HeaderLength, null);
        var values = new List<PresentationDataValue>();
        while (!reader.AtEnd)
        {
            var itemOffset = reader.Offset;
            var length = reader.ReadUInt32("the presentation data value item length");
            if (length < 2)
                throw reader.ErrorAt(itemOffset, $"presentation data value item {values.Count + 1} has length {length}; it must be at least 2 (context ID and message control header)");
            if (length > reader.Remaining)
                throw reader.ErrorAt(itemOffset, $"presentation data value item {values.Count + 1} has length {length}, past the end of the PDU ({reader.Remaining} bytes left)");
            var contextId = reader.ReadByte("the presentation context ID");
            var header = reader.ReadByte("the message control header"); // bits 2-7 reserved, not tested
            var dataStart = reader.Offset - PduCodec.HeaderLength;
            reader.ReadBytes((int)length - 2, "the fragment");
            values.Add(new PresentationDataValue(contextId,
                (header & PresentationDataValue.CommandBit) != 0, (header & PresentationDataValue.LastBit) != 0, body.Slice(dataStart, (int)length - 2)));
        }
        if (values.Count == 0) throw reader.Error("the P-DATA-TF holds no presentation data value item; at least one is required");
        return new PDataTf(values);
    }

    public static void Encode(PDataTf pdu, IBufferWriter<byte> output)
    {
        long bodyLength = 0;
        foreach (var value in pdu.Values) bodyLength += PdvHeaderLength + value.Data.Length;
        if (bodyLength > uint.MaxValue) throw new ArgumentException($"The P-DATA-TF would be {bodyLength} bytes; a PDU holds at most {uint.MaxValue}.");

        var header = output.GetSpan(PduCodec.HeaderLength);
        header[0] = (byte)PduType.PDataTf;
        header[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(header[2..], (uint)bodyLength);
        output.Advance(PduCodec.HeaderLength);

        foreach (var value in pdu.Values)
        {
            var pdv = output.GetSpan(PdvHeaderLength);
            BinaryPrimitives.WriteUInt32BigEndian(pdv, (uint)value.Data.Length + 2);
            pdv[4] = value.PresentationContextId;
            pdv[5] = value.MessageControlHeader;
            output.Advance(PdvHeaderLength);
            output.Write(value.Data.Span);
        }
    }
}
