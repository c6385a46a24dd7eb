using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AAssociateRjTests
{
    // Captured from DCMTK 3.6.7 storescp --refuse, answering an A-ASSOCIATE-RQ.
    private const string StoreScpRefusal =
        "03" + "00" + "00000004" + // A-ASSOCIATE-RJ, reserved, length 4
        "00" +                     // reserved
        "01" +                     // result 1 rejected-permanent
        "01" +                     // source 1 DICOM UL service-user
        "01";                      // reason 1 no-reason-given

    [Fact]
    public void Decode_StoreScpRefusal_ReadsResultSourceReason()
    {
        var rj = PduBytes.Decode<AAssociateRj>(StoreScpRefusal);
        Assert.Equal(new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.NoReasonGiven), rj);
    }

    [Fact]
    public void Encode_DecodedStoreScpRefusal_GivesTheCapturedBytes() =>
        Assert.Equal(StoreScpRefusal, PduBytes.EncodeHex(PduBytes.Decode<AAssociateRj>(StoreScpRefusal)));

    [Fact]
    public void Encode_TransientLocalLimitExceeded_WritesResult2Source3Reason2() =>
        Assert.Equal("030000000004" + "00020302", PduBytes.EncodeHex(new AAssociateRj(
            AssociateRejectResult.RejectedTransient, AssociateRejectSource.ServiceProviderPresentation,
            AssociateRejectReason.ServiceProviderPresentation.LocalLimitExceeded)));

    [Fact]
    public void Describe_CallingAeNotRecognized_SaysWhatToCheck()
    {
        var rj = new AAssociateRj(AssociateRejectResult.RejectedPermanent, AssociateRejectSource.ServiceUser, AssociateRejectReason.ServiceUser.CallingAeTitleNotRecognized);
        Assert.Equal(
            "Association rejected permanently by the called application (DICOM UL service-user): it does not recognize the calling AE title; " +
            "check that this AE title is configured on the peer (calling-AE-title-not-recognized) (A-ASSOCIATE-RJ result 1 rejected-permanent, source 1, reason 3).",
            rj.Describe());
    }

    [Theory]
    [InlineData(AssociateRejectSource.ServiceUser, 2, "application-context-name-not-supported")]
    [InlineData(AssociateRejectSource.ServiceUser, 7, "called-AE-title-not-recognized")]
    [InlineData(AssociateRejectSource.ServiceProviderAcse, 1, "no-reason-given")]
    [InlineData(AssociateRejectSource.ServiceProviderAcse, 2, "protocol-version-not-supported")]
    [InlineData(AssociateRejectSource.ServiceProviderPresentation, 1, "temporary-congestion")]
    [InlineData(AssociateRejectSource.ServiceProviderPresentation, 2, "local-limit-exceeded")]
    [InlineData(AssociateRejectSource.ServiceUser, 5, "reason code 5, which PS3.8 reserves")]
    [InlineData(AssociateRejectSource.ServiceProviderPresentation, 0, "reason code 0, which PS3.8 reserves")]
    public void Describe_EachSourceAndReason_UsesTheStandardTerm(AssociateRejectSource source, byte reason, string term) =>
        Assert.Contains(term, new AAssociateRj(AssociateRejectResult.RejectedTransient, source, reason).Describe());

    [Fact]
    public void Decode_ReservedReasonCode_IsKept() =>
        Assert.Equal(9, PduBytes.Decode<AAssociateRj>("030000000004" + "00010109").Reason);

    [Fact]
    public void Decode_ResultThree_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("030000000004" + "00030101");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(7, error.Offset);
        Assert.Contains("result is 3", error.Message);
    }

    [Fact]
    public void Decode_SourceFour_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("030000000004" + "00010401");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(8, error.Offset);
    }

    [Fact]
    public void Decode_LengthFive_ThrowsInvalidParameter() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, PduBytes.DecodeFails("030000000005" + "0001010100").AbortReason);
}
