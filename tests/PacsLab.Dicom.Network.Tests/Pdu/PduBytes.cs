using PacsLab.Dicom.Network.Pdu;


namespace PacsLab.Dicom.Network.Tests.Pdu;

/// <summary>Decode and encode whole PDUs (header included) the way a transport would, for the tests.</summary>
internal static class PduBytes
{
    public static T Decode<T>(string hex, PduLimits? limits = null) where T : ProtocolDataUnit =>
        Decode<T>(Convert.FromHexString(hex), limits);

    public static T Decode<T>(byte[] pdu, PduLimits? limits = null) where T : ProtocolDataUnit =>
        Assert.IsType<T>(DecodeAny(pdu, limits));

    public static ProtocolDataUnit DecodeAny(byte[] pdu, PduLimits? limits = null)
    {
        Assert.True(PduCodec.TryReadHeader(pdu, out var type, out var length));
        Assert.Equal(pdu.Length - PduCodec.HeaderLength, (long)length);
        return PduCodec.Decode(type, pdu.AsSpan(PduCodec.HeaderLength), limits ?? PduLimits.Default);
    }

    public static PduFormatException DecodeFails(byte[] pdu) => Assert.Throws<PduFormatException>(() => DecodeAny(pdu));

    public static PduFormatException DecodeFails(string hex) => DecodeFails(Convert.FromHexString(hex));

    public static string EncodeHex(ProtocolDataUnit pdu) => Convert.ToHexString(PduCodec.Encode(pdu));

    /// <summary>The PDU with <paramref name="values"/> written at <paramref name="offset"/> (from the start of the PDU).</summary>
    public static byte[] Patch(string hex, int offset, params byte[] values)
    {
        var bytes = Convert.FromHexString(hex);
        values.CopyTo(bytes, offset);
        return bytes;
    }

    /// <summary>
    /// DCMTK writes FFH into the third byte of every presentation context item (20H), a field PS3.8 Table 9-13
    /// reserves as 00H. Our encoder writes 00H, so a DCMTK capture re-encodes to itself with those bytes cleared.
    /// </summary>
    public static string ClearDcmtkReservedBytes(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var offset = 74; offset < bytes.Length;)
        {
            var length = (bytes[offset + 2] << 8) | bytes[offset + 3];
            if (bytes[offset] == 0x20) bytes[offset + 6] = 0;
            offset += 4 + length;
        }
        return Convert.ToHexString(bytes);
    }
}
