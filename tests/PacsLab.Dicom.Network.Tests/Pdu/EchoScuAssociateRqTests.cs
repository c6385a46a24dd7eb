using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class EchoScuAssociateRqTests
{
    // Captured from DCMTK 3.6.7: echoscu -aet ECHOSCU -aec ANY-SCP 127.0.0.1 PORT (TCP_NODELAY=1), first PDU on the wire.
    internal const string EchoScuRq =
        "0100000000CD" +                                                     // A-ASSOCIATE-RQ, reserved, length 205
        "00010000" +                                                         // protocol version 1, reserved
        "414E592D534350202020202020202020" +                                 // called AE  "ANY-SCP" + 9 spaces
        "4543484F534355202020202020202020" +                                 // calling AE "ECHOSCU" + 9 spaces
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015" +                                                         // 10H application context, length 21
        "312E322E3834302E31303030382E332E312E312E31" +                       //   1.2.840.10008.3.1.1.1
        "2000002E" + "01" + "00FF00" +                                       // 20H presentation context, length 46, ID 1, reserved (DCMTK: FFH)
        "30000011312E322E3834302E31303030382E312E31" +                       //   30H abstract syntax 1.2.840.10008.1.1 (Verification)
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H transfer syntax 1.2.840.10008.1.2 (implicit VR LE)
        "5000003A" +                                                         // 50H user information, length 58
        "5100000400004000" +                                                 //   51H maximum length 16384
        "5200001B312E322E3237362E302E373233303031302E332E302E332E362E37" +   //   52H implementation class UID 1.2.276.0.7230010.3.0.3.6.7
        "5500000F4F464649535F44434D544B5F333637";                            //   55H implementation version name OFFIS_DCMTK_367

    [Fact]
    public void Decode_EchoScuRq_ReadsEveryField()
    {
        var rq = PduBytes.Decode<AAssociateRq>(EchoScuRq);

        Assert.Equal(PduType.AAssociateRq, rq.Type);
        Assert.Equal(1, rq.ProtocolVersion);
        Assert.Equal("ANY-SCP", rq.CalledAeTitle);
        Assert.Equal("ECHOSCU", rq.CallingAeTitle);
        Assert.Equal(DicomApplicationContext.Name, rq.ApplicationContextName);
        var context = Assert.Single(rq.PresentationContexts);
        Assert.Equal(1, context.Id);
        Assert.Equal("1.2.840.10008.1.1", context.AbstractSyntax);
        Assert.Equal(new[] { "1.2.840.10008.1.2" }, context.TransferSyntaxes);
        Assert.Equal(16384u, rq.UserInformation.MaximumLength);
        Assert.Equal("1.2.276.0.7230010.3.0.3.6.7", rq.UserInformation.ImplementationClassUid);
        Assert.Equal("OFFIS_DCMTK_367", rq.UserInformation.ImplementationVersionName);
        Assert.Null(rq.UserInformation.AsynchronousOperationsWindow);
        Assert.Null(rq.UserInformation.UserIdentity);
        Assert.Empty(rq.UserInformation.RoleSelections);
        Assert.Empty(rq.UserInformation.UnknownItems);
    }

    [Fact]
    public void Encode_DecodedEchoScuRq_GivesTheCapturedBytes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(EchoScuRq);
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(EchoScuRq), PduBytes.EncodeHex(rq));
    }

    [Fact]
    public void Encode_EchoRqBuiltFromScratch_GivesTheCapturedBytes()
    {
        var rq = new AAssociateRq("ANY-SCP", "ECHOSCU",
            [new PresentationContextProposal(1, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"])],
            new UserInformation
            {
                MaximumLength = 16384,
                ImplementationClassUid = "1.2.276.0.7230010.3.0.3.6.7",
                ImplementationVersionName = "OFFIS_DCMTK_367",
            });
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(EchoScuRq), PduBytes.EncodeHex(rq));
    }
}
