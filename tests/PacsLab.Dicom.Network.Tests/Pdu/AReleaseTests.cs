using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class AReleaseTests
{
    private const string ReleaseRq = "05" + "00" + "00000004" + "00000000"; // A-RELEASE-RQ, length 4, 4 reserved bytes

    // Captured from DCMTK 3.6.7 storescp answering an A-RELEASE-RQ.
    private const string StoreScpReleaseRp = "06" + "00" + "00000004" + "00000000"; // A-RELEASE-RP, length 4, 4 reserved bytes

    [Fact]
    public void Decode_ReleaseRq_GivesAReleaseRq() => Assert.Equal(new AReleaseRq(), PduBytes.Decode<AReleaseRq>(ReleaseRq));

    [Fact]
    public void Encode_ReleaseRq_GivesTheGoldenBytes() => Assert.Equal(ReleaseRq, PduBytes.EncodeHex(new AReleaseRq()));

    [Fact]
    public void Decode_StoreScpReleaseRp_GivesAReleaseRp() => Assert.Equal(PduType.AReleaseRp, PduBytes.Decode<AReleaseRp>(StoreScpReleaseRp).Type);

    [Fact]
    public void Encode_ReleaseRp_GivesTheCapturedBytes() => Assert.Equal(StoreScpReleaseRp, PduBytes.EncodeHex(new AReleaseRp()));

    [Fact]
    public void Decode_ReleaseRqWithNonZeroReservedBytes_IsAccepted() =>
        Assert.IsType<AReleaseRq>(PduBytes.DecodeAny(Convert.FromHexString("050000000004" + "FFFFFFFF")));

    [Fact]
    public void Decode_ReleaseRqOfLengthZero_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("050000000000");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("always 4 bytes", error.Message);
    }
}
