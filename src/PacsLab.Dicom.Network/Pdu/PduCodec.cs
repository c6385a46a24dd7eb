using System.Buffers;
using System.Buffers.Binary;

namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// PDUs to and from bytes (PS3.8 9.3), with no socket in sight. A transport reads the 6-byte header, calls
/// <see cref="TryReadHeader"/> and <see cref="CheckLength"/> before it allocates the body, then <see cref="Decode"/>.
/// Every malformed input is a <see cref="PduFormatException"/> carrying the A-ABORT reason to reply with.
/// </summary>
public static class PduCodec
{
    /// <summary>PDU type, a reserved byte and a 4-byte big-endian length (PS3.8 9.3.1).</summary>
    public const int HeaderLength = 6;

    public static bool TryReadHeader(ReadOnlySpan<byte> header6, out PduType type, out uint length)
    {
        if (header6.Length < HeaderLength)
        {
            type = default;
            length = 0;
            return false;
        }
        type = (PduType)header6[0];
        length = BinaryPrimitives.ReadUInt32BigEndian(header6[2..]);
        return true;
    }

    /// <summary>Refuses an unknown PDU type or a length over the limits, before the body is read.</summary>
    public static void CheckLength(PduType type, uint length, PduLimits limits)
    {
        if (!type.IsDefined())
            throw new PduFormatException(type, null, $"the PDU type {(byte)type:X2}H is not one PS3.8 defines (01H to 07H)", 0, AbortReason.UnrecognizedPdu);
        uint cap = type switch
        {
            PduType.AAssociateRq or PduType.AAssociateAc => limits.MaxAssociatePduLength,
            PduType.PDataTf => limits.MaxPDataLength == 0 ? (uint)Array.MaxLength : Math.Min(limits.MaxPDataLength, (uint)Array.MaxLength),
            _ => (uint)FixedPduCodec.BodyLength,
        };
        if (type is PduType.AAssociateRj or PduType.AReleaseRq or PduType.AReleaseRp or PduType.AAbort && length != FixedPduCodec.BodyLength)
            throw new PduFormatException(type, null, $"the PDU length is {length}; this PDU is always {FixedPduCodec.BodyLength} bytes long", 2, AbortReason.InvalidPduParameterValue);
        if (length > cap)
        {
            var why = type == PduType.PDataTf && limits.MaxPDataLength != 0
                ? $"more than the maximum length {limits.MaxPDataLength} we announced in our maximum length sub-item"
                : $"more than the {cap} bytes this implementation accepts";
            throw new PduFormatException(type, null, $"the PDU length is {length}, {why}", 2, AbortReason.InvalidPduParameterValue);
        }
    }

    /// <param name="body">The bytes after the 6-byte header; exactly the length the header gave.</param>
    public static ProtocolDataUnit Decode(PduType type, ReadOnlySpan<byte> body, PduLimits limits)
    {
        CheckLength(type, (uint)body.Length, limits);
        return type switch
        {
            PduType.AAssociateRq => AssociateCodec.DecodeRq(body),
            PduType.AAssociateAc => AssociateCodec.DecodeAc(body),
            PduType.AAssociateRj => FixedPduCodec.DecodeRj(body),
            PduType.PDataTf => PDataCodec.Decode(body),
            PduType.AReleaseRq => new AReleaseRq(),
            PduType.AReleaseRp => new AReleaseRp(),
            _ => FixedPduCodec.DecodeAbort(body),
        };
    }

    /// <summary>
    /// Like <see cref="Decode(PduType, ReadOnlySpan{byte}, PduLimits)"/>, but a P-DATA-TF's fragments are slices of
    /// <paramref name="body"/> rather than copies: valid only while the caller leaves that memory alone.
    /// </summary>
    public static ProtocolDataUnit Decode(PduType type, ReadOnlyMemory<byte> body, PduLimits limits)
    {
        if (type != PduType.PDataTf) return Decode(type, body.Span, limits);
        CheckLength(type, (uint)body.Length, limits);
        return PDataCodec.Decode(body);
    }

    public static void Encode(ProtocolDataUnit pdu, IBufferWriter<byte> output)
    {
        switch (pdu)
        {
            case PDataTf data:
                PDataCodec.Encode(data, output);
                return;
            case AAssociateRq or AAssociateAc:
                var writer = new PduWriter();
                if (pdu is AAssociateRq rq) AssociateCodec.EncodeRq(rq, writer);
                else AssociateCodec.EncodeAc((AAssociateAc)pdu, writer);
                output.Write(writer.Written);
                return;
            default:
                var span = output.GetSpan(HeaderLength + FixedPduCodec.BodyLength)[..(HeaderLength + FixedPduCodec.BodyLength)];
                span[0] = (byte)pdu.Type;
                span[1] = 0;
                BinaryPrimitives.WriteUInt32BigEndian(span[2..], FixedPduCodec.BodyLength);
                FixedPduCodec.Encode(pdu, span[HeaderLength..]);
                output.Advance(span.Length);
                return;
        }
    }

    /// <summary>The whole PDU, header included, as a new array.</summary>
    public static byte[] Encode(ProtocolDataUnit pdu)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Encode(pdu, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
