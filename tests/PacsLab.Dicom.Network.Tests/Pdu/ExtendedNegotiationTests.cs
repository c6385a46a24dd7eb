using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.Tests.Pdu.PduHexBuilder;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class ExtendedNegotiationTests
{
    // SOP class extended negotiation for Study Root FIND (PS3.4 C.5.1.1.1): relational queries, date-time matching, no fuzzy matching.
    private const string StudyRootFindExtended =
        "56000020" +                                                       // 56H, length 32
        "001B" + "312E322E3834302E31303030382E352E312E342E312E322E322E31" + //   SOP class UID (27) 1.2.840.10008.5.1.4.1.2.2.1
        "01" + "01" + "00";                                                //   application information: relational 1, date-time 1, fuzzy 0

    // SOP class common extended negotiation: Enhanced SR is a specialization of Basic Text SR in the storage service class.
    private const string EnhancedSrCommonExtended =
        "57000053" +                                                       // 57H, sub-item version 0, length 83
        "001D" + "312E322E3834302E31303030382E352E312E342E312E312E38382E3232" + // SOP class UID (29) Enhanced SR
        "0011" + "312E322E3834302E31303030382E342E32" +                    //   service class UID (17) 1.2.840.10008.4.2 storage
        "001F" +                                                           //   related general SOP class identification, length 31
        "001D" + "312E322E3834302E31303030382E352E312E342E312E312E38382E3131"; //   UID (29) Basic Text SR

    internal static readonly string Rq = AssociateRq(userInformation: Item("50", "5100000400004000" + StudyRootFindExtended + EnhancedSrCommonExtended));

    [Fact]
    public void Decode_ExtendedNegotiation_ReadsSopClassAndApplicationInformation()
    {
        var negotiation = Assert.Single(PduBytes.Decode<AAssociateRq>(Rq).UserInformation.ExtendedNegotiations);
        Assert.Equal("1.2.840.10008.5.1.4.1.2.2.1", negotiation.SopClassUid);
        Assert.Equal(new byte[] { 1, 1, 0 }, negotiation.ServiceClassApplicationInformation.ToArray());
    }

    [Fact]
    public void Decode_CommonExtendedNegotiation_ReadsServiceClassAndRelatedSopClasses()
    {
        var negotiation = Assert.Single(PduBytes.Decode<AAssociateRq>(Rq).UserInformation.CommonExtendedNegotiations);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.88.22", negotiation.SopClassUid);
        Assert.Equal("1.2.840.10008.4.2", negotiation.ServiceClassUid);
        Assert.Equal(new[] { "1.2.840.10008.5.1.4.1.1.88.11" }, negotiation.RelatedGeneralSopClassUids);
    }

    [Fact]
    public void Encode_BothNegotiationsFromRecords_GivesTheGoldenBytes()
    {
        var decoded = PduBytes.Decode<AAssociateRq>(Rq);
        var built = decoded with
        {
            UserInformation = new UserInformation
            {
                MaximumLength = 16384,
                ExtendedNegotiations = [new SopClassExtendedNegotiation("1.2.840.10008.5.1.4.1.2.2.1", new byte[] { 1, 1, 0 })],
                CommonExtendedNegotiations = [new SopClassCommonExtendedNegotiation("1.2.840.10008.5.1.4.1.1.88.22", "1.2.840.10008.4.2", ["1.2.840.10008.5.1.4.1.1.88.11"])],
            },
        };
        Assert.Equal(Rq, PduBytes.EncodeHex(built));
    }

    [Fact]
    public void Decode_CommonExtendedWithoutRelatedClasses_GivesAnEmptyList()
    {
        var item = Item("57", LengthPrefixed("1.2.3") + LengthPrefixed("1.2.840.10008.4.2") + "0000");
        var negotiation = Assert.Single(PduBytes.Decode<AAssociateRq>(AssociateRq(userInformation: Item("50", item))).UserInformation.CommonExtendedNegotiations);
        Assert.Empty(negotiation.RelatedGeneralSopClassUids);
    }
}
