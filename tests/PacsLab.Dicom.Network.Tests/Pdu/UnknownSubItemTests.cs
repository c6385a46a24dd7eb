using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class UnknownSubItemTests
{
    // A user information item with a sub-item of a type PS3.7 does not define (7AH), after the maximum length.
    private static readonly string Rq = AssociateRq(userInformation: Item("50",
        "5100000400004000" +         // 51H maximum length 16384
        "7A000005" + "0102030405")); // 7AH unknown, length 5

    [Fact]
    public void Decode_UnknownSubItem_IsKeptRaw()
    {
        var unknown = Assert.Single(PduBytes.Decode<AAssociateRq>(Rq).UserInformation.UnknownItems);
        Assert.Equal(0x7A, unknown.ItemType);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5 }, unknown.Value.ToArray());
    }

    [Fact]
    public void Encode_DecodedUnknownSubItem_IsWrittenBack() =>
        Assert.Equal(Rq, PduBytes.EncodeHex(PduBytes.Decode<AAssociateRq>(Rq)));

    [Fact]
    public void Encode_UnknownSubItems_GoAfterTheKnownOnes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq());
        var withUnknown = rq with
        {
            UserInformation = new UserInformation
            {
                UnknownItems = [new UnknownUserInformationItem(0x7A, new byte[] { 9 })],
                ImplementationVersionName = "X",
            },
        };
        Assert.EndsWith(Item("50", "55000001" + Ascii("X") + "7A000001" + "09"), PduBytes.EncodeHex(withUnknown));
    }
}
