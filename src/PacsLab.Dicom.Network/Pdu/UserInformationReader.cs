namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Reads the user information item (50H) and its sub-items. PS3.8 9.3.2.3, PS3.7 Annex D.3.3.</summary>
internal static class UserInformationReader
{
    public static UserInformation Read(PduReader item)
    {
        var info = new UserInformation();
        var roles = new List<RoleSelection>();
        var extended = new List<SopClassExtendedNegotiation>();
        var commonExtended = new List<SopClassCommonExtendedNegotiation>();
        var unknown = new List<UnknownUserInformationItem>();
        var seen = new HashSet<byte>();

        while (!item.AtEnd)
        {
            var subItemOffset = item.Offset;
            var sub = item.ReadItem(out var type);
            if (IsSingle(type) && !seen.Add(type))
                throw sub.ErrorAt(subItemOffset, "the sub-item appears a second time; it may appear only once", AbortReason.UnexpectedPduParameter);
            switch (type)
            {
                case PduItemType.MaximumLength:
                    info = info with { MaximumLength = sub.ReadUInt32("the maximum length received") };
                    sub.ExpectEnd();
                    break;
                case PduItemType.ImplementationClassUid:
                    info = info with { ImplementationClassUid = PduText.ReadUid(sub.ReadBytes(sub.Remaining, "the UID")) };
                    break;
                case PduItemType.ImplementationVersionName:
                    info = info with { ImplementationVersionName = PduText.ReadAscii(sub.ReadBytes(sub.Remaining, "the name")).TrimEnd('\0', ' ') };
                    break;
                case PduItemType.AsynchronousOperationsWindow:
                    info = info with { AsynchronousOperationsWindow = ReadWindow(sub) };
                    break;
                case PduItemType.RoleSelection:
                    roles.Add(ReadRole(sub));
                    break;
                case PduItemType.SopClassExtendedNegotiation:
                    var sopClass = sub.ReadLengthPrefixedUid("SOP class UID");
                    extended.Add(new SopClassExtendedNegotiation(sopClass, sub.ReadBytes(sub.Remaining, "the application information").ToArray()));
                    break;
                case PduItemType.SopClassCommonExtendedNegotiation:
                    commonExtended.Add(ReadCommonExtended(sub));
                    break;
                case PduItemType.UserIdentityRq:
                    info = info with { UserIdentity = ReadIdentity(sub) };
                    break;
                case PduItemType.UserIdentityAc:
                    info = info with { UserIdentityResponse = ReadIdentityResponse(sub) };
                    break;
                default:
                    unknown.Add(new UnknownUserInformationItem(type, sub.ReadBytes(sub.Remaining, "the value").ToArray()));
                    break;
            }
        }

        return info with
        {
            RoleSelections = roles,
            ExtendedNegotiations = extended,
            CommonExtendedNegotiations = commonExtended,
            UnknownItems = unknown,
        };
    }

    private static bool IsSingle(byte type) => type is PduItemType.MaximumLength or PduItemType.ImplementationClassUid
        or PduItemType.ImplementationVersionName or PduItemType.AsynchronousOperationsWindow
        or PduItemType.UserIdentityRq or PduItemType.UserIdentityAc;

    // PS3.7 Table D.3-7.
    private static AsynchronousOperationsWindow ReadWindow(PduReader sub)
    {
        var window = new AsynchronousOperationsWindow(
            sub.ReadUInt16("the maximum number of operations invoked"),
            sub.ReadUInt16("the maximum number of operations performed"));
        sub.ExpectEnd();
        return window;
    }

    // PS3.7 Table D.3-9: the roles are 0 or 1; any other value is read as 1.
    private static RoleSelection ReadRole(PduReader sub)
    {
        var role = new RoleSelection(
            sub.ReadLengthPrefixedUid("SOP class UID"),
            sub.ReadByte("the SCU role") != 0,
            sub.ReadByte("the SCP role") != 0);
        sub.ExpectEnd();
        return role;
    }

    // PS3.7 Table D.3-12 and D.3-13.
    private static SopClassCommonExtendedNegotiation ReadCommonExtended(PduReader sub)
    {
        var sopClass = sub.ReadLengthPrefixedUid("SOP class UID");
        var serviceClass = sub.ReadLengthPrefixedUid("service class UID");
        var relatedLength = sub.ReadUInt16("the length of the related general SOP class identification");
        if (relatedLength > sub.Remaining)
            throw sub.Error($"the related general SOP class identification length {relatedLength} runs past the end of the item ({sub.Remaining} bytes left)");
        var relatedOrigin = sub.Offset;
        var related = new PduReader(sub.Pdu, sub.ReadBytes(relatedLength, "the related general SOP classes"), relatedOrigin, sub.Item);
        sub.ExpectEnd();
        var relatedUids = new List<string>();
        while (!related.AtEnd) relatedUids.Add(related.ReadLengthPrefixedUid("related general SOP class UID"));
        return new SopClassCommonExtendedNegotiation(sopClass, serviceClass, relatedUids);
    }

    // PS3.7 Table D.3-14. Some senders leave out the secondary field length when it is 0.
    private static UserIdentityRequest ReadIdentity(PduReader sub)
    {
        var type = (UserIdentityType)sub.ReadByte("the user identity type");
        var positiveResponse = sub.ReadByte("the positive-response-requested flag") != 0;
        var primary = sub.ReadBytes(sub.ReadUInt16("the primary field length"), "the primary field").ToArray();
        var secondary = sub.AtEnd ? [] : sub.ReadBytes(sub.ReadUInt16("the secondary field length"), "the secondary field").ToArray();
        sub.ExpectEnd();
        return new UserIdentityRequest(type, positiveResponse, primary, secondary);
    }

    // PS3.7 Table D.3-15.
    private static UserIdentityResponse ReadIdentityResponse(PduReader sub)
    {
        var response = sub.ReadBytes(sub.ReadUInt16("the server response length"), "the server response").ToArray();
        sub.ExpectEnd();
        return new UserIdentityResponse(response);
    }
}
