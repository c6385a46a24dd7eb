namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// Writes the user information item (50H). Sub-items go out in type order (51H to 59H, as DCMTK sends them), then
/// the unknown ones as they were read. PS3.8 9.3.2.3, PS3.7 Annex D.3.3.
/// </summary>
internal static class UserInformationWriter
{
    public static void Write(PduWriter writer, UserInformation info)
    {
        var item = writer.BeginItem(PduItemType.UserInformation);
        if (info.MaximumLength is { } maximumLength)
        {
            var sub = writer.BeginItem(PduItemType.MaximumLength);
            writer.WriteUInt32(maximumLength);
            writer.EndItem(sub);
        }
        if (info.ImplementationClassUid is { } classUid)
            PresentationContextCodec.WriteAsciiItem(writer, PduItemType.ImplementationClassUid, classUid, "implementation class UID");
        if (info.AsynchronousOperationsWindow is { } window)
        {
            var sub = writer.BeginItem(PduItemType.AsynchronousOperationsWindow);
            writer.WriteUInt16(window.MaxOperationsInvoked);
            writer.WriteUInt16(window.MaxOperationsPerformed);
            writer.EndItem(sub);
        }
        foreach (var role in info.RoleSelections) WriteRole(writer, role);
        if (info.ImplementationVersionName is { } versionName)
            PresentationContextCodec.WriteAsciiItem(writer, PduItemType.ImplementationVersionName, versionName, "implementation version name");
        foreach (var negotiation in info.ExtendedNegotiations) WriteExtended(writer, negotiation);
        foreach (var negotiation in info.CommonExtendedNegotiations) WriteCommonExtended(writer, negotiation);
        if (info.UserIdentity is { } identity) WriteIdentity(writer, identity);
        if (info.UserIdentityResponse is { } response)
        {
            var sub = writer.BeginItem(PduItemType.UserIdentityAc);
            WriteLengthPrefixed(writer, response.ServerResponse.Span, "user identity server response");
            writer.EndItem(sub);
        }
        foreach (var unknown in info.UnknownItems)
        {
            var sub = writer.BeginItem(unknown.ItemType);
            writer.WriteBytes(unknown.Value.Span);
            writer.EndItem(sub);
        }
        writer.EndItem(item);
    }

    private static void WriteRole(PduWriter writer, RoleSelection role)
    {
        var sub = writer.BeginItem(PduItemType.RoleSelection);
        writer.WriteLengthPrefixedUid(role.SopClassUid, "SOP class UID");
        writer.WriteByte(role.ScuRole ? (byte)1 : (byte)0);
        writer.WriteByte(role.ScpRole ? (byte)1 : (byte)0);
        writer.EndItem(sub);
    }

    private static void WriteExtended(PduWriter writer, SopClassExtendedNegotiation negotiation)
    {
        var sub = writer.BeginItem(PduItemType.SopClassExtendedNegotiation);
        writer.WriteLengthPrefixedUid(negotiation.SopClassUid, "SOP class UID");
        writer.WriteBytes(negotiation.ServiceClassApplicationInformation.Span);
        writer.EndItem(sub);
    }

    private static void WriteCommonExtended(PduWriter writer, SopClassCommonExtendedNegotiation negotiation)
    {
        var sub = writer.BeginItem(PduItemType.SopClassCommonExtendedNegotiation); // sub-item version 0
        writer.WriteLengthPrefixedUid(negotiation.SopClassUid, "SOP class UID");
        writer.WriteLengthPrefixedUid(negotiation.ServiceClassUid, "service class UID");
        var relatedLength = writer.Length;
        writer.WriteUInt16(0);
        foreach (var related in negotiation.RelatedGeneralSopClassUids)
            writer.WriteLengthPrefixedUid(related, "related general SOP class UID");
        writer.EndField(relatedLength, "related general SOP class identification");
        writer.EndItem(sub);
    }

    private static void WriteIdentity(PduWriter writer, UserIdentityRequest identity)
    {
        var sub = writer.BeginItem(PduItemType.UserIdentityRq);
        writer.WriteByte((byte)identity.Type);
        writer.WriteByte(identity.PositiveResponseRequested ? (byte)1 : (byte)0);
        WriteLengthPrefixed(writer, identity.PrimaryField.Span, "user identity primary field");
        WriteLengthPrefixed(writer, identity.SecondaryField.Span, "user identity secondary field");
        writer.EndItem(sub);
    }

    private static void WriteLengthPrefixed(PduWriter writer, ReadOnlySpan<byte> value, string what)
    {
        if (value.Length > ushort.MaxValue) throw new ArgumentException($"The {what} is {value.Length} bytes; at most 65535 fit.");
        writer.WriteUInt16((ushort)value.Length);
        writer.WriteBytes(value);
    }
}
