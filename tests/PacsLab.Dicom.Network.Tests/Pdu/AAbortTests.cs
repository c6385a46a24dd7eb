using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AAbortTests
{
    // Captured from DCMTK 3.6.7 storescp after it was sent a PDU of unknown type 09H: it aborts as service-user.
    private const string StoreScpAbort =
        "07" + "00" + "00000004" + // A-ABORT, reserved, length 4
        "0000" +                   // reserved
        "00" +                     // source 0 DICOM UL service-user
        "00";                      // reason 0 (not significant for a service-user abort)

    [Fact]
    public void Decode_StoreScpAbort_ReadsServiceUserSource() =>
        Assert.Equal(new AAbort(AbortSource.ServiceUser, AbortReason.NotSpecified), PduBytes.Decode<AAbort>(StoreScpAbort));

    [Fact]
    public void Encode_DecodedStoreScpAbort_GivesTheCapturedBytes() =>
        Assert.Equal(StoreScpAbort, PduBytes.EncodeHex(PduBytes.Decode<AAbort>(StoreScpAbort)));

    [Theory]
    [InlineData(AbortReason.NotSpecified, "0000" + "02" + "00")]
    [InlineData(AbortReason.UnrecognizedPdu, "0000" + "02" + "01")]
    [InlineData(AbortReason.UnexpectedPdu, "0000" + "02" + "02")]
    [InlineData(AbortReason.UnrecognizedPduParameter, "0000" + "02" + "04")]
    [InlineData(AbortReason.UnexpectedPduParameter, "0000" + "02" + "05")]
    [InlineData(AbortReason.InvalidPduParameterValue, "0000" + "02" + "06")]
    public void EncodeDecode_ProviderReason_RoundTrips(AbortReason reason, string body)
    {
        var abort = new AAbort(AbortSource.ServiceProvider, reason);
        Assert.Equal("070000000004" + body, PduBytes.EncodeHex(abort));
        Assert.Equal(abort, PduBytes.Decode<AAbort>("070000000004" + body));
    }

    [Theory]
    [InlineData(AbortReason.NotSpecified, "reason-not-specified")]
    [InlineData(AbortReason.UnrecognizedPdu, "unrecognized-PDU")]
    [InlineData(AbortReason.UnexpectedPdu, "unexpected-PDU")]
    [InlineData(AbortReason.UnrecognizedPduParameter, "unrecognized-PDU-parameter")]
    [InlineData(AbortReason.UnexpectedPduParameter, "unexpected-PDU-parameter")]
    [InlineData(AbortReason.InvalidPduParameterValue, "invalid-PDU-parameter-value")]
    public void Describe_ProviderReason_UsesTheStandardTerm(AbortReason reason, string term) =>
        Assert.Contains($"({term}) (A-ABORT source 2, reason {(byte)reason})", new AAbort(AbortSource.ServiceProvider, reason).Describe());

    [Fact]
    public void Describe_ServiceUserAbort_BlamesThePeerApplication() =>
        Assert.Equal("Association aborted by the peer application (A-ABORT source 0, DICOM UL service-user).",
            new AAbort(AbortSource.ServiceUser, AbortReason.NotSpecified).Describe());

    [Fact]
    public void Decode_ReservedReasonCode_IsKept() =>
        Assert.Equal((AbortReason)3, PduBytes.Decode<AAbort>("070000000004" + "00000203").Reason);

    [Fact]
    public void Decode_SourceThree_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("070000000004" + "00000306");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(8, error.Offset);
    }
}
