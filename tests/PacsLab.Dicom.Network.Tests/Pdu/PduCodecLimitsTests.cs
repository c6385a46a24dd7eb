using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class PduCodecLimitsTests
{
    [Fact]
    public void TryReadHeader_SixBytes_ReadsTypeAndBigEndianLength()
    {
        Assert.True(PduCodec.TryReadHeader(Convert.FromHexString("04FF01020304"), out var type, out var length));
        Assert.Equal(PduType.PDataTf, type);
        Assert.Equal(0x01020304u, length);
    }

    [Fact]
    public void TryReadHeader_FiveBytes_ReturnsFalse() =>
        Assert.False(PduCodec.TryReadHeader(new byte[5], out _, out _));

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x08)]
    [InlineData(0x09)]
    [InlineData(0xFF)]
    public void CheckLength_UnknownPduType_ThrowsUnrecognizedPdu(byte type)
    {
        var error = Assert.Throws<PduFormatException>(() => PduCodec.CheckLength((PduType)type, 4, PduLimits.Default));
        Assert.Equal(AbortReason.UnrecognizedPdu, error.AbortReason);
        Assert.Contains($"the PDU type {type:X2}H is not one PS3.8 defines", error.Message);
    }

    [Fact]
    public void Decode_UnknownPduType_ThrowsUnrecognizedPdu() =>
        Assert.Equal(AbortReason.UnrecognizedPdu, PduBytes.DecodeFails("090000000004" + "00000000").AbortReason);

    [Fact]
    public void CheckLength_AssociateRqOverTheCap_ThrowsInvalidParameter()
    {
        var error = Assert.Throws<PduFormatException>(() => PduCodec.CheckLength(PduType.AAssociateRq, 1024 * 1024 + 1, PduLimits.Default));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(2, error.Offset);
        Assert.Contains("the PDU length is 1048577, more than the 1048576 bytes this implementation accepts", error.Message);
    }

    [Fact]
    public void CheckLength_AssociateAcAtTheCap_Passes() =>
        PduCodec.CheckLength(PduType.AAssociateAc, 1024 * 1024, PduLimits.Default);

    [Fact]
    public void CheckLength_PDataOverWhatWeAdvertised_ThrowsInvalidParameter()
    {
        var limits = new PduLimits { MaxPDataLength = 16384 };
        var error = Assert.Throws<PduFormatException>(() => PduCodec.CheckLength(PduType.PDataTf, 16385, limits));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("more than the maximum length 16384 we announced", error.Message);
    }

    [Fact]
    public void CheckLength_PDataAtWhatWeAdvertised_Passes() =>
        PduCodec.CheckLength(PduType.PDataTf, 16384, new PduLimits { MaxPDataLength = 16384 });

    [Fact]
    public void CheckLength_PDataWithUnlimitedMaximum_AcceptsLargeLengths() =>
        PduCodec.CheckLength(PduType.PDataTf, 512 * 1024 * 1024, new PduLimits { MaxPDataLength = 0 });

    [Fact]
    public void CheckLength_PDataOfFourGigabytes_ThrowsEvenWhenUnlimited() =>
        Assert.Throws<PduFormatException>(() => PduCodec.CheckLength(PduType.PDataTf, uint.MaxValue, new PduLimits()));

    [Theory]
    [InlineData(PduType.AAssociateRj)]
    [InlineData(PduType.AReleaseRq)]
    [InlineData(PduType.AReleaseRp)]
    [InlineData(PduType.AAbort)]
    public void CheckLength_FixedPduOfLengthOtherThanFour_ThrowsInvalidParameter(PduType type)
    {
        Assert.Equal(AbortReason.InvalidPduParameterValue,
            Assert.Throws<PduFormatException>(() => PduCodec.CheckLength(type, 0xFFFFFFF0, PduLimits.Default)).AbortReason);
        PduCodec.CheckLength(type, 4, PduLimits.Default);
    }

    [Fact]
    public void Decode_PDataLargerThanAdvertised_Throws()
    {
        var pdata = Convert.FromHexString("04000000000A" + "00000006" + "0103" + "AABBCCDD");
        var error = Assert.Throws<PduFormatException>(() =>
            PduCodec.Decode(PduType.PDataTf, pdata.AsSpan(6), new PduLimits { MaxPDataLength = 8 }));
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
    }
}
