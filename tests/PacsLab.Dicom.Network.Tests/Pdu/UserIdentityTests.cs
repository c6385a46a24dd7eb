using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class UserIdentityTests
{
    private const string UsernameWithResponseRequested =
        "5800000A" +         // 58H user identity, length 10
        "01" + "01" +        //   type 1 username, positive response requested
        "0004" + "74656368" + //  primary field (4) "tech"
        "0000";              //   secondary field length 0

    private const string JwtItem =
        "5800000D" +                 // 58H user identity, length 13
        "05" + "00" +                //   type 5 JSON web token, no response requested
        "0007" + "65794A2E782E79" +  //   primary field (7) "eyJ.x.y"
        "0000";                      //   secondary field length 0

    private const string ServerResponse = "59000004" + "0002" + "6F6B"; // 59H, length 4: server response (2) "ok"

    [Fact]
    public void Decode_Username_ReadsTypeFlagAndName()
    {
        var identity = PduBytes.Decode<AAssociateRq>(AssociateRq(userInformation: Item("50", UsernameWithResponseRequested))).UserInformation.UserIdentity!;
        Assert.Equal(UserIdentityType.Username, identity.Type);
        Assert.True(identity.PositiveResponseRequested);
        Assert.Equal("tech", identity.PrimaryFieldText);
        Assert.Equal(0, identity.SecondaryField.Length);
    }

    [Fact]
    public void Encode_UsernameFactory_GivesTheGoldenBytes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(AssociateRq(userInformation: Item("50", UsernameWithResponseRequested)));
        var rebuilt = rq with { UserInformation = new UserInformation { UserIdentity = UserIdentityRequest.ForUsername("tech", positiveResponseRequested: true) } };
        Assert.Equal(AssociateRq(userInformation: Item("50", UsernameWithResponseRequested)), PduBytes.EncodeHex(rebuilt));
    }

    [Fact]
    public void DecodeEncode_JsonWebToken_RoundTrips()
    {
        var hex = AssociateRq(userInformation: Item("50", JwtItem));
        var rq = PduBytes.Decode<AAssociateRq>(hex);
        Assert.Equal(UserIdentityType.JsonWebToken, rq.UserInformation.UserIdentity!.Type);
        Assert.Equal("eyJ.x.y", rq.UserInformation.UserIdentity.PrimaryFieldText);
        Assert.Equal(hex, PduBytes.EncodeHex(rq));
    }

    [Fact]
    public void Decode_SecondaryLengthLeftOut_ReadsAnEmptySecondaryField()
    {
        var item = Item("58", "0100" + "0004" + Ascii("tech"));
        var identity = PduBytes.Decode<AAssociateRq>(AssociateRq(userInformation: Item("50", item))).UserInformation.UserIdentity!;
        Assert.Equal("tech", identity.PrimaryFieldText);
        Assert.Equal(0, identity.SecondaryField.Length);
    }

    [Fact]
    public void DecodeEncode_ServerResponseInAc_RoundTrips()
    {
        var hex = AssociateAc(userInformation: Item("50", ServerResponse));
        var ac = PduBytes.Decode<AAssociateAc>(hex);
        Assert.Equal("ok", System.Text.Encoding.ASCII.GetString(ac.UserInformation.UserIdentityResponse!.ServerResponse.Span));
        Assert.Equal(hex, PduBytes.EncodeHex(ac));
    }

    [Fact]
    public void Decode_PrimaryFieldPastItemEnd_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails(AssociateRq(userInformation: Item("50", Item("58", "0100" + "0010" + Ascii("tech") + "0000"))));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal("user identity sub-item (58H)", error.Item);
        Assert.Contains("the primary field needs 16 bytes but only 6 are left", error.Message);
    }
}
