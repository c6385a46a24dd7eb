using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

/// <summary>What PS3.8 9.3.1 and 9.3.2 say a receiver must let through.</summary>
public class AAssociateRqToleranceTests
{
    [Fact]
    public void Decode_UnknownItemType_IsIgnored()
    {
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq(contexts: Item("7F", "DEADBEEF") + VerificationContext()));
        Assert.Equal(Verification, Assert.Single(rq.PresentationContexts).AbstractSyntax);
    }

    [Fact]
    public void Decode_UnknownSubItemInPresentationContext_IsIgnored()
    {
        var context = Item("20", "01000000" + UidItem("30", Verification) + Item("7F", "00") + UidItem("40", ImplicitLittleEndian));
        Assert.Equal(new[] { ImplicitLittleEndian }, Assert.Single(PduBytes.Decode<AAssociateRq>(AssociateRq(contexts: context)).PresentationContexts).TransferSyntaxes);
    }

    [Fact]
    public void Decode_UidsWithTrailingNul_StripsTheNul()
    {
        var context = Item("20", "01000000" + Item("30", Ascii(Verification) + "00") + Item("40", Ascii(ImplicitLittleEndian) + "00"));
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq(contexts: context, applicationContext: Item("10", Ascii(DicomApplicationContext.Name) + "00")));

        Assert.Equal(DicomApplicationContext.Name, rq.ApplicationContextName);
        Assert.Equal(Verification, rq.PresentationContexts[0].AbstractSyntax);
        Assert.Equal(ImplicitLittleEndian, rq.PresentationContexts[0].TransferSyntaxes[0]);
    }

    [Fact]
    public void Decode_NonZeroReservedFields_AreNotChecked()
    {
        var bytes = Convert.FromHexString(AssociateRq());
        bytes[1] = 0xFF;                           // reserved byte of the PDU header
        bytes[8] = 0xFF;                           // reserved bytes after the protocol version
        bytes.AsSpan(42, 32).Fill(0xAA);           // 32 reserved bytes
        bytes[75] = 0xFF;                          // reserved byte of the application context item header
        bytes[104] = bytes[105] = bytes[106] = 9;  // reserved bytes of the presentation context item
        Assert.Equal("ECHOSCU", PduBytes.Decode<AAssociateRq>(bytes).CallingAeTitle);
    }

    [Fact]
    public void Decode_AeTitlesWithLeadingSpaces_AreTrimmed()
    {
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq(called: "  PACSLAB", calling: " CT 1"));
        Assert.Equal("PACSLAB", rq.CalledAeTitle);
        Assert.Equal("CT 1", rq.CallingAeTitle);
    }

    [Fact]
    public void Decode_ProtocolVersionOtherThanOne_IsReportedNotRejected() =>
        Assert.Equal(3, PduBytes.Decode<AAssociateRq>(PduBytes.Patch(AssociateRq(), 7, 3)).ProtocolVersion);

    [Fact]
    public void Decode_NoUserInformationItem_GivesEmptyUserInformation()
    {
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq(userInformation: ""));
        Assert.Null(rq.UserInformation.MaximumLength);
        Assert.Empty(rq.UserInformation.RoleSelections);
    }
}
