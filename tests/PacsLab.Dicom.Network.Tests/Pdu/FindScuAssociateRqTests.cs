using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class FindScuAssociateRqTests
{
    // Captured from DCMTK 3.6.7: findscu -aet FINDSCU -aec ANY-SCP -P -k 0008,0052=STUDY 127.0.0.1 PORT
    private const string FindScuRq =
        "010000000105" +                                                     // A-ASSOCIATE-RQ, reserved, length 261
        "00010000" +                                                         // protocol version 1, reserved
        "414E592D534350202020202020202020" +                                 // called AE  "ANY-SCP"
        "46494E44534355202020202020202020" +                                 // calling AE "FINDSCU"
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015312E322E3834302E31303030382E332E312E312E31" +               // 10H application context
        "20000066" + "01" + "00FF00" +                                       // 20H presentation context, length 102, ID 1
        "3000001B312E322E3834302E31303030382E352E312E342E312E322E312E31" +   //   30H Patient Root Q/R Information Model - FIND
        "40000013312E322E3834302E31303030382E312E322E31" +                   //   40H explicit VR little endian
        "40000013312E322E3834302E31303030382E312E322E32" +                   //   40H explicit VR big endian
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "5000003A" +                                                         // 50H user information, length 58
        "5100000400004000" +                                                 //   51H maximum length 16384
        "5200001B312E322E3237362E302E373233303031302E332E302E332E362E37" +   //   52H implementation class UID
        "5500000F4F464649535F44434D544B5F333637";                            //   55H OFFIS_DCMTK_367

    [Fact]
    public void Decode_FindScuRq_ReadsPatientRootFindWithThreeTransferSyntaxes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(FindScuRq);

        Assert.Equal("ANY-SCP", rq.CalledAeTitle);
        Assert.Equal("FINDSCU", rq.CallingAeTitle);
        var context = Assert.Single(rq.PresentationContexts);
        Assert.Equal(1, context.Id);
        Assert.Equal("1.2.840.10008.5.1.4.1.2.1.1", context.AbstractSyntax);
        Assert.Equal(new[] { "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2" }, context.TransferSyntaxes);
        Assert.Equal("1.2.276.0.7230010.3.0.3.6.7", rq.UserInformation.ImplementationClassUid);
    }

    [Fact]
    public void Encode_DecodedFindScuRq_GivesTheCapturedBytes()
    {
        var rq = PduBytes.Decode<AAssociateRq>(FindScuRq);
        Assert.Equal(PduBytes.ClearDcmtkReservedBytes(FindScuRq), PduBytes.EncodeHex(rq));
    }
}
