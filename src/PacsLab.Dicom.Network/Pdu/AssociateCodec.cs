namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RQ and -AC: 68 bytes of fixed fields, then variable items. PS3.8 Tables 9-11 and 9-17.</summary>
internal static class AssociateCodec
{
    private const int FixedFieldsLength = 68;
    private const int CalledAeOffset = PduCodec.HeaderLength + 4;
    private const int CallingAeOffset = CalledAeOffset + AeTitle.FieldLength;

    /// <summary>Presentation context IDs are odd numbers from 1 to 255 (PS3.8 9.3.2.2), so at most 128 contexts.</summary>
    public const int MaxPresentationContexts = 128;

    public static AAssociateRq DecodeRq(ReadOnlySpan<byte> body)
    {
        var reader = new PduReader(PduType.AAssociateRq, body, PduCodec.HeaderLength, null);
        var (version, called, calling) = ReadFixedFields(ref reader);
        if (called.Length == 0) throw reader.ErrorAt(CalledAeOffset, "the called AE title is empty (only spaces)");
        if (calling.Length == 0) throw reader.ErrorAt(CallingAeOffset, "the calling AE title is empty (only spaces)");

        var contexts = new List<PresentationContextProposal>();
        var items = new VariableItems();
        while (!reader.AtEnd)
        {
            var itemOffset = reader.Offset;
            var item = reader.ReadItem(out var type);
            if (type == PduItemType.PresentationContextRq)
            {
                var proposal = PresentationContextCodec.ReadProposal(item);
                CheckNewContext(reader, itemOffset, proposal.Id, contexts.Count, contexts.Exists(c => c.Id == proposal.Id));
                contexts.Add(proposal);
            }
            else items.Read(item, type, itemOffset, PduItemType.PresentationContextAc);
        }
        var applicationContext = items.Finish(reader, contexts.Count);
        return new AAssociateRq(called, calling, contexts, items.UserInformation)
        {
            ProtocolVersion = version,
            ApplicationContextName = applicationContext,
        };
    }

    public static AAssociateAc DecodeAc(ReadOnlySpan<byte> body)
    {
        var reader = new PduReader(PduType.AAssociateAc, body, PduCodec.HeaderLength, null);
        var (version, called, calling) = ReadFixedFields(ref reader); // reserved in the AC: not tested (PS3.8 9.3.3)

        var contexts = new List<PresentationContextResult>();
        var items = new VariableItems();
        while (!reader.AtEnd)
        {
            var itemOffset = reader.Offset;
            var item = reader.ReadItem(out var type);
            if (type == PduItemType.PresentationContextAc)
            {
                var result = PresentationContextCodec.ReadResult(item);
                CheckNewContext(reader, itemOffset, result.Id, contexts.Count, contexts.Exists(c => c.Id == result.Id));
                contexts.Add(result);
            }
            else items.Read(item, type, itemOffset, PduItemType.PresentationContextRq);
        }
        var applicationContext = items.Finish(reader, contexts.Count);
        return new AAssociateAc(called, calling, contexts, items.UserInformation)
        {
            ProtocolVersion = version,
            ApplicationContextName = applicationContext,
        };
    }

    public static void EncodeRq(AAssociateRq pdu, PduWriter writer)
    {
        CheckAeTitle(pdu.CalledAeTitle, "called");
        CheckAeTitle(pdu.CallingAeTitle, "calling");
        var length = WriteFixedFields(writer, pdu.Type, pdu.ProtocolVersion, pdu.CalledAeTitle, pdu.CallingAeTitle, pdu.ApplicationContextName);
        foreach (var context in pdu.PresentationContexts) PresentationContextCodec.WriteProposal(writer, context);
        UserInformationWriter.Write(writer, pdu.UserInformation);
        writer.EndPdu(length);
    }

    public static void EncodeAc(AAssociateAc pdu, PduWriter writer)
    {
        CheckReservedAeTitle(pdu.CalledAeTitle, "called");
        CheckReservedAeTitle(pdu.CallingAeTitle, "calling");
        var length = WriteFixedFields(writer, pdu.Type, pdu.ProtocolVersion, pdu.CalledAeTitle, pdu.CallingAeTitle, pdu.ApplicationContextName);
        foreach (var context in pdu.PresentationContexts) PresentationContextCodec.WriteResult(writer, context);
        UserInformationWriter.Write(writer, pdu.UserInformation);
        writer.EndPdu(length);
    }

    private static (ushort Version, string Called, string Calling) ReadFixedFields(ref PduReader reader)
    {
        if (reader.Remaining < FixedFieldsLength)
            throw reader.Error($"the PDU body is {reader.Remaining} bytes, shorter than its {FixedFieldsLength} bytes of fixed fields");
        var version = reader.ReadUInt16("the protocol version");
        reader.ReadBytes(2, "the reserved bytes");
        var called = AeTitle.Read(reader.ReadBytes(AeTitle.FieldLength, "the called AE title"));
        var calling = AeTitle.Read(reader.ReadBytes(AeTitle.FieldLength, "the calling AE title"));
        reader.ReadBytes(32, "the reserved bytes");
        return (version, called, calling);
    }

    private static int WriteFixedFields(PduWriter writer, PduType type, ushort version, string called, string calling, string applicationContext)
    {
        var length = writer.BeginPdu(type);
        writer.WriteUInt16(version);
        writer.WriteUInt16(0);
        AeTitle.Write(called, writer.Take(AeTitle.FieldLength));
        AeTitle.Write(calling, writer.Take(AeTitle.FieldLength));
        writer.Take(32).Clear();
        PresentationContextCodec.WriteAsciiItem(writer, PduItemType.ApplicationContext, applicationContext, "application context name");
        return length;
    }

    private static void CheckNewContext(PduReader reader, int itemOffset, byte id, int countSoFar, bool duplicate)
    {
        if (countSoFar == MaxPresentationContexts)
            throw reader.ErrorAt(itemOffset, $"the PDU holds more than {MaxPresentationContexts} presentation contexts; odd IDs from 1 to 255 allow no more");
        if (duplicate)
            throw reader.ErrorAt(itemOffset, $"presentation context ID {id} appears twice");
    }

    private static void CheckAeTitle(string title, string which)
    {
        if (AeTitle.FindProblem(title) is { } problem)
            throw new ArgumentException($"The {which} AE title '{title}' {problem}; an AE title is 1 to 16 printable ASCII characters without a backslash.");
    }

    private static void CheckReservedAeTitle(string title, string which)
    {
        if (AeTitle.Normalize(title).Length > 0) CheckAeTitle(title, which);
    }

    /// <summary>The application context and user information items, common to RQ and AC.</summary>
    private sealed class VariableItems
    {
        private string? _applicationContext;
        private UserInformation? _userInformation;

        public UserInformation UserInformation => _userInformation ?? new UserInformation();

        public void Read(PduReader item, byte type, int itemOffset, byte wrongContextType)
        {
            switch (type)
            {
                case PduItemType.ApplicationContext when _applicationContext is not null:
                    throw item.ErrorAt(itemOffset, "the PDU has a second application context item", AbortReason.UnexpectedPduParameter);
                case PduItemType.ApplicationContext:
                    _applicationContext = PduText.ReadUid(item.ReadBytes(item.Remaining, "the application context name"));
                    break;
                case PduItemType.UserInformation when _userInformation is not null:
                    throw item.ErrorAt(itemOffset, "the PDU has a second user information item", AbortReason.UnexpectedPduParameter);
                case PduItemType.UserInformation:
                    _userInformation = UserInformationReader.Read(item);
                    break;
                case var t when t == wrongContextType:
                    throw item.ErrorAt(itemOffset,
                        $"this item belongs in an {(t == PduItemType.PresentationContextRq ? "A-ASSOCIATE-RQ" : "A-ASSOCIATE-AC")}, not in an {item.Pdu.ToStandardName()}",
                        AbortReason.UnexpectedPduParameter);
                // PS3.8 9.3.1: items of unrecognized types are ignored.
            }
        }

        /// <summary>Checks what must be there; returns the application context name.</summary>
        public string Finish(PduReader reader, int contextCount)
        {
            if (string.IsNullOrEmpty(_applicationContext))
                throw reader.Error("the PDU has no application context name (item 10H missing or empty)");
            if (contextCount == 0)
                throw reader.Error("the PDU holds no presentation context; at least one is required");
            return _applicationContext;
        }
    }
}
