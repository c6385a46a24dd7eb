using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Pdu;

public class PDataTfMalformedTests
{
    [Fact]
    public void Decode_PdvLengthPastPduEnd_ThrowsInvalidParameter()
    {
        // P-DATA-TF of 10 bytes whose PDV claims 7 (only 6 follow its length field).
        var error = PduBytes.DecodeFails("04000000000A" + "00000007" + "01" + "03" + "AABBCCDD");

        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(PduType.PDataTf, error.PduType);
        Assert.Equal(6, error.Offset);
        Assert.Equal(
            "Malformed P-DATA-TF: presentation data value item 1 has length 7, past the end of the PDU (6 bytes left) (at byte offset 6 of the PDU). " +
            "Answer with A-ABORT reason 6: a PDU held a malformed or out-of-range value (invalid-PDU-parameter-value).",
            error.Message);
    }

    [Fact]
    public void Decode_SecondPdvLengthPastPduEnd_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("04000000000D" + "00000003" + "01" + "03" + "AA" + "00000010" + "0102");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Equal(13, error.Offset);
        Assert.Contains("item 2 has length 16", error.Message);
    }

    [Theory]
    [InlineData("00000000")]
    [InlineData("00000001")]
    public void Decode_PdvLengthBelowTwo_ThrowsInvalidParameter(string length)
    {
        var error = PduBytes.DecodeFails("040000000006" + length + "0103");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("at least 2", error.Message);
    }

    [Fact]
    public void Decode_PdvLengthFieldCutShort_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("040000000003" + "000000");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("needs 4 bytes but only 3 are left", error.Message);
    }

    [Fact]
    public void Decode_NoPresentationDataValue_ThrowsInvalidParameter()
    {
        var error = PduBytes.DecodeFails("040000000000");
        Assert.Equal(AbortReason.InvalidPduParameterValue, error.AbortReason);
        Assert.Contains("no presentation data value", error.Message);
    }
}
