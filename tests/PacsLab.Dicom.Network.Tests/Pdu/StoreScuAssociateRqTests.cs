using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class StoreScuAssociateRqTests
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const string MrImageStorage = "1.2.840.10008.5.1.4.1.1.4";

    // Captured from DCMTK 3.6.7: storescu -aet STORESCU -aec ANY-SCP -R 127.0.0.1 PORT CT_small.dcm MR_small.dcm
    // (pydicom's test files, both explicit VR little endian): per SOP class one context with the file's own
    // transfer syntax and one with the rest of the defaults.
    private const string StoreScuRq =
        "0100000001B5" +                                                     // A-ASSOCIATE-RQ, reserved, length 437
        "00010000" +                                                         // protocol version 1, reserved
        "414E592D534350202020202020202020" +                                 // called AE  "ANY-SCP"
        "53544F52455343552020202020202020" +                                 // calling AE "STORESCU"
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015312E322E3834302E31303030382E332E312E312E31" +               // 10H application context 1.2.840.10008.3.1.1.1
        "20000038" + "01" + "00FF00" +                                       // 20H presentation context, length 56, ID 1
        "30000019312E322E3834302E31303030382E352E312E342E312E312E32" +       //   30H CT Image Storage
        "40000013312E322E3834302E31303030382E312E322E31" +                   //   40H explicit VR little endian
        "2000004D" + "03" + "00FF00" +                                       // 20H presentation context, length 77, ID 3
        "30000019312E322E3834302E31303030382E352E312E342E312E312E32" +       //   30H CT Image Storage
        "40000013312E322E3834302E31303030382E312E322E32" +                   //   40H explicit VR big endian
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "20000038" + "05" + "00FF00" +                                       // 20H presentation context, length 56, ID 5
        "30000019312E322E3834302E31303030382E352E312E342E312E312E34" +       //   30H MR Image Storage
        "40000013312E322E3834302E31303030382E312E322E31" +                   //   40H explicit VR little endian
        "2000004D" + "07" + "00FF00" +                                       // 20H presentation context, length 77, ID 7
        "30000019312E322E3834302E31303030382E352E312E342E312E312E34" +       //   30H MR Image Storage
        "40000013312E322E3834302E31303030382E312E322E32" +                   //   40H explicit VR big endian
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "5000003A" +                                                         // 50H user information, length 58
        "5100000400004000" +                                                 //   51H maximum length 16384
        "5200001B312E322E3237362E302E373233303031302E332E302E332E362E37" +   //   52H implementation class UID
        "5500000F4F464649535F44434D544B5F333637";                            //   55H OFFIS_DCMTK_367

    // Captured from DCMTK 3.6.7: storescu -aet STORESCU -aec ANY-SCP -R -xi --user alice --password secret ...
    internal const string StoreScuRqWithUserIdentity =
        "010000000124" +                                                     // A-ASSOCIATE-RQ, reserved, length 292
        "00010000" +                                                         // protocol version 1, reserved
        "414E592D534350202020202020202020" +                                 // called AE  "ANY-SCP"
        "53544F52455343552020202020202020" +                                 // calling AE "STORESCU"
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015312E322E3834302E31303030382E332E312E312E31" +               // 10H application context
        "20000036" + "01" + "00FF00" +                                       // 20H presentation context, length 54, ID 1
        "30000019312E322E3834302E31303030382E352E312E342E312E312E32" +       //   30H CT Image Storage
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "20000036" + "03" + "00FF00" +                                       // 20H presentation context, length 54, ID 3
        "30000019312E322E3834302E31303030382E352E312E342E312E312E34" +       //   30H MR Image Storage
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "5000004F" +                                                         // 50H user information, length 79
        "5100000400004000" +                                                 //   51H maximum length 16384
        "5200001B312E322E3237362E302E373233303031302E332E302E332E362E37" +   //   52H implementation class UID
        "5500000F4F464649535F44434D544B5F333637" +                           //   55H OFFIS_DCMTK_367
        "58000011" + "02" + "00" +                                           //   58H user identity, length 17, type 2 (user + passcode), no response requested
        "0005616C696365" + "0006736563726574";                               //     primary "alice", secondary "secret"

    [Fact]
    public void Decode_StoreScuRq_ReadsFourContexts()
    {
        var rq = PduBytes.Decode<AAssociateRq>(StoreScuRq);

        Assert.Equal("ANY-SCP", rq.CalledAeTitle);
        Assert.Equal("STORESCU", rq.CallingAeTitle);
        Assert.Equal(new byte[] { 1, 3, 5, 7 }, rq.PresentationContexts.Select(c => c.Id));
        Assert.Equal(new[] { CtImageStorage, CtImageStorage, MrImageStorage, MrImageStorage }, rq.PresentationContexts.Select(c => c.AbstractSyntax));
        Assert.Equal(new[] { "1.2.840.10008.1.2.1" }, rq.PresentationContexts[0].TransferSyntaxes);
        Assert.Equal(new[] { "1.2.840.10008.1.2.2", "1.2.840.10008.1.2" }, rq.PresentationContexts[1].TransferSyntaxes);
        Assert.Equal(new[] { "1.2.840.10008.1.2.1" }, rq.PresentationContexts[2].TransferSyntaxes);
        Assert.Equal(new[] { "1.2.840.10008.1.2.2", "1.2.840.10008.1.2" }, rq.PresentationContexts[3].TransferSyntaxes);
        Assert.Equal(16384u, rq.UserInformation.MaximumLength);
    }

    [Fact]
    public void Encode_DecodedStoreScuRq_GivesTheCapturedBytes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(StoreScuRq);
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(StoreScuRq), PduBytes.EncodeHex(rq));
    }

    [Fact]
    public void Decode_StoreScuRqWithUserIdentity_ReadsUserAndPasscode()
    {
        var rq = PduBytes.Decode<AAssociateRq>(StoreScuRqWithUserIdentity);

        Assert.Equal(2, rq.PresentationContexts.Count);
        var identity = Assert.IsType<UserIdentityRequest>(rq.UserInformation.UserIdentity);
        Assert.Equal(UserIdentityType.UsernameAndPasscode, identity.Type);
        Assert.False(identity.PositiveResponseRequested);
        Assert.Equal("alice", identity.PrimaryFieldText);
        Assert.Equal("secret", identity.SecondaryFieldText);
        Assert.Equal("OFFIS_DCMTK_367", rq.UserInformation.ImplementationVersionName);
    }

    [Fact]
    public void Encode_DecodedStoreScuRqWithUserIdentity_GivesTheCapturedBytes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(StoreScuRqWithUserIdentity);
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(StoreScuRqWithUserIdentity), PduBytes.EncodeHex(rq));
    }

    [Fact]
    public void ToString_UserIdentity_DoesNotPrintThePasscode()
    {
        var rq = PduBytes.Decode<AAssociateRq>(StoreScuRqWithUserIdentity);
        Assert.DoesNotContain("secret", rq.UserInformation.UserIdentity!.ToString());
    }
}
