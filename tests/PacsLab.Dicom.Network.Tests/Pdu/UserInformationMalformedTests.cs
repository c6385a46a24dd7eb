using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class UserInformationMalformedTests
{
    private static PduFormatException DecodeWithSubItems(string subItemsHex) =>
        PduBytes.DecodeFails(AssociateRq(userInformation: Item("50", subItemsHex)));

    [Fact]
    public void Decode_MaximumLengthOfThreeBytes_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems("51000003" + "004000");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal("maximum length sub-item (51H)", error.Item);
        Assert.Contains("needs 4 bytes but only 3 are left", error.Message);
    }

    [Fact]
    public void Decode_MaximumLengthOfFiveBytes_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems("51000005" + "0000400000");
        Assert.Contains("1 bytes are left over after the last field", error.Message);
    }

    [Fact]
    public void Decode_SecondMaximumLength_ThrowsUnexpectedParameter()
    {
        var error = DecodeWithSubItems("5100000400004000" + "5100000400008000");
        Assert.Equal(AbortReason.UnexpectedPduParameter, error.AbortReason);
        Assert.Contains("appears a second time", error.Message);
    }

    [Fact]
    public void Decode_RoleSelectionUidLengthPastItemEnd_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems(Item("54", "0040" + Ascii("1.2.3") + "0001"));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal("SCP/SCU role selection sub-item (54H)", error.Item);
        Assert.Contains("the SOP class UID length 64 runs past the end of the item (7 bytes left)", error.Message);
    }

    [Fact]
    public void Decode_RoleSelectionWithoutScpRole_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems(Item("54", LengthPrefixed("1.2.3") + "00"));
        Assert.Contains("the SCP role needs 1 bytes but only 0 are left", error.Message);
    }

    [Fact]
    public void Decode_AsyncWindowOfTwoBytes_ThrowsInvalidParameter() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, DecodeWithSubItems("53000002" + "0001").AbortReason);

    [Fact]
    public void Decode_CommonExtendedRelatedLengthPastItemEnd_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems(Item("57", LengthPrefixed("1.2.3") + LengthPrefixed("1.2.840.10008.4.2") + "0020" + LengthPrefixed("1.2")));
        Assert.Contains("related general SOP class identification length 32 runs past the end", error.Message);
    }

    [Fact]
    public void Decode_SubItemLengthPastUserInformationEnd_ThrowsInvalidParameter()
    {
        var error = DecodeWithSubItems("52000040" + Ascii("1.2.3"));
        Assert.Equal("implementation class UID sub-item (52H)", error.Item);
        Assert.Contains("runs past the end of the user information item (50H) (5 bytes left)", error.Message);
    }
}
