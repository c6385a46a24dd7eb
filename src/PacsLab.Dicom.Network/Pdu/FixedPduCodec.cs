namespace PacsLab.Dicom.Network.Pdu;

/// <summary>The PDUs with a 4-byte body: A-ASSOCIATE-RJ (PS3.8 Table 9-21), A-RELEASE-RQ/RP (9-24, 9-25), A-ABORT (9-26).</summary>
internal static class FixedPduCodec
{
    public const int BodyLength = 4;

    // Reserved bytes are not tested (PS3.8 9.3.1); result and source must hold a defined value, the reason may be reserved.
    public static AAssociateRj DecodeRj(ReadOnlySpan<byte> body)
    {
        var reader = new PduReader(PduType.AAssociateRj, body, PduCodec.HeaderLength, null);
        reader.ReadByte("the reserved byte");
        var result = reader.ReadByte("the result");
        if (result is not (1 or 2)) throw reader.ErrorAt(reader.Offset - 1, $"the result is {result}; PS3.8 defines 1 (permanent) and 2 (transient)");
        var source = reader.ReadByte("the source");
        if (source is < 1 or > 3) throw reader.ErrorAt(reader.Offset - 1, $"the source is {source}; PS3.8 defines 1 to 3");
        var reason = reader.ReadByte("the reason");
        return new AAssociateRj((AssociateRejectResult)result, (AssociateRejectSource)source, reason);
    }

    public static AAbort DecodeAbort(ReadOnlySpan<byte> body)
    {
        var reader = new PduReader(PduType.AAbort, body, PduCodec.HeaderLength, null);
        reader.ReadBytes(2, "the reserved bytes");
        var source = reader.ReadByte("the source");
        if (source > 2) throw reader.ErrorAt(reader.Offset - 1, $"the source is {source}; PS3.8 defines 0 (service-user) and 2 (service-provider)");
        return new AAbort((AbortSource)source, (AbortReason)reader.ReadByte("the reason"));
    }

    public static void Encode(ProtocolDataUnit pdu, Span<byte> body)
    {
        body.Clear();
        switch (pdu)
        {
            case AAssociateRj rj:
                body[1] = (byte)rj.Result;
                body[2] = (byte)rj.Source;
                body[3] = rj.Reason;
                break;
            case AAbort abort:
                body[2] = (byte)abort.Source;
                body[3] = (byte)abort.Reason;
                break;
        }
    }
}
