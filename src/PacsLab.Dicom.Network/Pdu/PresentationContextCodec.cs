namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Presentation context items: 20H in an A-ASSOCIATE-RQ (PS3.8 Table 9-13), 21H in an -AC (PS3.8 Table 9-18).</summary>
internal static class PresentationContextCodec
{
    public static PresentationContextProposal ReadProposal(PduReader item)
    {
        var idOffset = item.Offset;
        var id = item.ReadByte("the presentation context ID");
        if (id == 0 || id % 2 == 0)
            throw item.ErrorAt(idOffset, $"the presentation context ID is {id}; PS3.8 9.3.2.2 allows only odd numbers from 1 to 255");
        item.ReadBytes(3, "the reserved bytes");

        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>();
        while (!item.AtEnd)
        {
            var subItemOffset = item.Offset;
            var sub = item.ReadItem(out var type);
            switch (type)
            {
                case PduItemType.AbstractSyntax when abstractSyntax is not null:
                    throw sub.ErrorAt(subItemOffset, $"presentation context {id} has a second abstract syntax sub-item", AbortReason.UnexpectedPduParameter);
                case PduItemType.AbstractSyntax:
                    abstractSyntax = ReadRequiredUid(sub, "abstract syntax", id);
                    break;
                case PduItemType.TransferSyntax:
                    transferSyntaxes.Add(ReadRequiredUid(sub, "transfer syntax", id));
                    break;
                // PS3.8 9.3.1: unrecognized items are ignored.
            }
        }
        if (abstractSyntax is null)
            throw item.Error($"presentation context {id} has no abstract syntax sub-item (30H)");
        if (transferSyntaxes.Count == 0)
            throw item.Error($"presentation context {id} proposes no transfer syntax sub-item (40H)");
        return new PresentationContextProposal(id, abstractSyntax, transferSyntaxes);
    }

    public static PresentationContextResult ReadResult(PduReader item)
    {
        var id = item.ReadByte("the presentation context ID");
        item.ReadByte("the reserved byte");
        var resultOffset = item.Offset;
        var result = item.ReadByte("the result/reason");
        if (result > (byte)PresentationContextResultCode.TransferSyntaxesNotSupported)
            throw item.ErrorAt(resultOffset, $"presentation context {id} has the result/reason {result}; PS3.8 Table 9-18 defines 0 to 4");
        item.ReadByte("the reserved byte");

        string? transferSyntax = null;
        while (!item.AtEnd)
        {
            var subItemOffset = item.Offset;
            var sub = item.ReadItem(out var type);
            if (type != PduItemType.TransferSyntax) continue; // PS3.8 9.3.1
            if (transferSyntax is not null)
                throw sub.ErrorAt(subItemOffset, $"presentation context {id} has a second transfer syntax sub-item", AbortReason.UnexpectedPduParameter);
            transferSyntax = PduText.ReadUid(sub.ReadBytes(sub.Remaining, "the transfer syntax"));
        }

        var code = (PresentationContextResultCode)result;
        // PS3.8 Table 9-18: the transfer syntax is not significant unless the context is accepted.
        if (code == PresentationContextResultCode.Acceptance && string.IsNullOrEmpty(transferSyntax))
            throw item.Error($"presentation context {id} is accepted but names no transfer syntax");
        return new PresentationContextResult(id, code, transferSyntax ?? "");
    }

    public static void WriteProposal(PduWriter writer, PresentationContextProposal context)
    {
        var length = writer.BeginItem(PduItemType.PresentationContextRq);
        writer.WriteByte(context.Id);
        writer.WriteBytes([0, 0, 0]);
        WriteAsciiItem(writer, PduItemType.AbstractSyntax, context.AbstractSyntax, "abstract syntax");
        foreach (var transferSyntax in context.TransferSyntaxes)
            WriteAsciiItem(writer, PduItemType.TransferSyntax, transferSyntax, "transfer syntax");
        writer.EndItem(length);
    }

    public static void WriteResult(PduWriter writer, PresentationContextResult context)
    {
        var length = writer.BeginItem(PduItemType.PresentationContextAc);
        writer.WriteByte(context.Id);
        writer.WriteByte(0);
        writer.WriteByte((byte)context.Result);
        writer.WriteByte(0);
        WriteAsciiItem(writer, PduItemType.TransferSyntax, context.TransferSyntax, "transfer syntax");
        writer.EndItem(length);
    }

    internal static void WriteAsciiItem(PduWriter writer, byte type, string uid, string what)
    {
        var length = writer.BeginItem(type);
        writer.WriteAscii(uid, what);
        writer.EndItem(length);
    }

    private static string ReadRequiredUid(PduReader sub, string what, byte id)
    {
        var uid = PduText.ReadUid(sub.ReadBytes(sub.Remaining, $"the {what}"));
        if (uid.Length == 0) throw sub.Error($"presentation context {id} has an empty {what}");
        return uid;
    }
}
