using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AAssociateAcTests
{
    // Captured from DCMTK 3.6.7 storescp -aet STORESCP, answering the echoscu A-ASSOCIATE-RQ of EchoScuAssociateRqTests.
    // The AE fields are reserved in an AC: storescp sends back those of the RQ.
    private const string StoreScpAc =
        "0200000000B8" +                                                     // A-ASSOCIATE-AC, reserved, length 184
        "00010000" +                                                         // protocol version 1, reserved
        "414E592D534350202020202020202020" +                                 // called AE  "ANY-SCP" (as in the RQ)
        "4543484F534355202020202020202020" +                                 // calling AE "ECHOSCU" (as in the RQ)
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015312E322E3834302E31303030382E332E312E312E31" +               // 10H application context
        "21000019" + "01" + "00" + "00" + "00" +                             // 21H presentation context, length 25, ID 1, reserved, result 0 acceptance, reserved
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian
        "5000003A" +                                                         // 50H user information, length 58
        "5100000400004000" +                                                 //   51H maximum length 16384
        "5200001B312E322E3237362E302E373233303031302E332E302E332E362E37" +   //   52H implementation class UID
        "5500000F4F464649535F44434D544B5F333637";                            //   55H OFFIS_DCMTK_367

    // Hand-built: three results, and the user information sub-items an SCP may answer with.
    internal const string HandBuiltAc =
        "0200000000FA" +                                                     // A-ASSOCIATE-AC, reserved, length 250
        "00010000" +                                                         // protocol version 1, reserved
        "504143534C4142202020202020202020" +                                 // called AE  "PACSLAB"
        "43545F5343414E4E4552202020202020" +                                 // calling AE "CT_SCANNER"
        "0000000000000000000000000000000000000000000000000000000000000000" + // 32 reserved bytes
        "10000015312E322E3834302E31303030382E332E312E312E31" +               // 10H application context
        "2100001B" + "01000000" +                                            // 21H ID 1, result 0 acceptance
        "40000013312E322E3834302E31303030382E312E322E31" +                   //   40H explicit VR little endian
        "21000019" + "03000300" +                                            // 21H ID 3, result 3 abstract syntax not supported
        "40000011312E322E3834302E31303030382E312E32" +                       //   40H implicit VR little endian (not significant)
        "21000008" + "05000400" +                                            // 21H ID 5, result 4 transfer syntaxes not supported
        "40000000" +                                                         //   40H empty (not significant)
        "50000051" +                                                         // 50H user information, length 81
        "5100000400010000" +                                                 //   51H maximum length 65536
        "52000009312E322E332E342E35" +                                       //   52H implementation class UID 1.2.3.4.5
        "5300000400010001" +                                                 //   53H async window: 1 invoked, 1 performed
        "5400001D" + "0019312E322E3834302E31303030382E352E312E342E312E312E32" + // 54H role selection: CT Image Storage
        "0001" +                                                             //       SCU role 0, SCP role 1
        "55000009504143534C41425F31" +                                       //   55H implementation version name PACSLAB_1
        "590000020000";                                                      //   59H user identity server response, empty

    [Fact]
    public void Decode_StoreScpAc_ReadsEveryField()
    {
        var ac = PduBytes.Decode<AAssociateAc>(StoreScpAc);

        Assert.Equal(1, ac.ProtocolVersion);
        Assert.Equal("ANY-SCP", ac.CalledAeTitle);
        Assert.Equal("ECHOSCU", ac.CallingAeTitle);
        Assert.Equal(DicomApplicationContext.Name, ac.ApplicationContextName);
        Assert.Equal(new PresentationContextResult(1, PresentationContextResultCode.Acceptance, "1.2.840.10008.1.2"), Assert.Single(ac.PresentationContexts));
        Assert.Equal(16384u, ac.UserInformation.MaximumLength);
        Assert.Equal("OFFIS_DCMTK_367", ac.UserInformation.ImplementationVersionName);
    }

    [Fact]
    public void Encode_DecodedStoreScpAc_GivesTheCapturedBytes() =>
        Assert.Equal(StoreScpAc, PduBytes.EncodeHex(PduBytes.Decode<AAssociateAc>(StoreScpAc)));

    [Fact]
    public void Decode_HandBuiltAc_ReadsResultsAndUserInformation()
    {
        var ac = PduBytes.Decode<AAssociateAc>(HandBuiltAc);

        Assert.Equal("PACSLAB", ac.CalledAeTitle);
        Assert.Equal("CT_SCANNER", ac.CallingAeTitle);
        Assert.Equal(
            new[]
            {
                new PresentationContextResult(1, PresentationContextResultCode.Acceptance, "1.2.840.10008.1.2.1"),
                new PresentationContextResult(3, PresentationContextResultCode.AbstractSyntaxNotSupported, "1.2.840.10008.1.2"),
                new PresentationContextResult(5, PresentationContextResultCode.TransferSyntaxesNotSupported, ""),
            },
            ac.PresentationContexts);
        var info = ac.UserInformation;
        Assert.Equal(65536u, info.MaximumLength);
        Assert.Equal("1.2.3.4.5", info.ImplementationClassUid);
        Assert.Equal(new AsynchronousOperationsWindow(1, 1), info.AsynchronousOperationsWindow);
        Assert.Equal(new RoleSelection("1.2.840.10008.5.1.4.1.1.2", ScuRole: false, ScpRole: true), Assert.Single(info.RoleSelections));
        Assert.Equal("PACSLAB_1", info.ImplementationVersionName);
        Assert.Equal(0, Assert.IsType<UserIdentityResponse>(info.UserIdentityResponse).ServerResponse.Length);
    }

    [Fact]
    public void Encode_HandBuiltAcFromRecords_GivesTheGoldenBytes()
    {
        var ac = new AAssociateAc("PACSLAB", "CT_SCANNER",
            [
                new PresentationContextResult(1, PresentationContextResultCode.Acceptance, "1.2.840.10008.1.2.1"),
                new PresentationContextResult(3, PresentationContextResultCode.AbstractSyntaxNotSupported, "1.2.840.10008.1.2"),
                new PresentationContextResult(5, PresentationContextResultCode.TransferSyntaxesNotSupported, ""),
            ],
            new UserInformation
            {
                MaximumLength = 65536,
                ImplementationClassUid = "1.2.3.4.5",
                AsynchronousOperationsWindow = new AsynchronousOperationsWindow(1, 1),
                RoleSelections = [new RoleSelection("1.2.840.10008.5.1.4.1.1.2", false, true)],
                ImplementationVersionName = "PACSLAB_1",
                UserIdentityResponse = new UserIdentityResponse(ReadOnlyMemory<byte>.Empty),
            });
        Assert.Equal(HandBuiltAc, PduBytes.EncodeHex(ac));
    }

    [Fact]
    public void Decode_AcWithBlankAeFields_IsAcceptedBecauseTheyAreReserved()
    {
        var ac = PduBytes.Decode<AAssociateAc>(PduHexBuilder.AssociateAc(called: "", calling: ""));
        Assert.Equal("", ac.CalledAeTitle);
        Assert.Equal("", ac.CallingAeTitle);
    }
}
