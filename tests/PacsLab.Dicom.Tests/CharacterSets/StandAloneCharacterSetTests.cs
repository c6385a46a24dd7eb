using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>PS3.3 Table C.12-5: UTF-8, GB18030 and GBK, which allow no code extensions.</summary>
public class StandAloneCharacterSetTests
{
    [Theory]
    [InlineData("Wang^XiaoDong=王^小東")]
    [InlineData("Buc^Jérôme=Люкceмбypг=やまだ^たろう")]
    [InlineData("Emoji 😀 outside the BMP")]
    public void EncodeAndDecode_Utf8_RoundTrips(string text)
    {
        var set = Set("ISO_IR 192");

        var bytes = set.Encode(text, DicomVR.PN);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), bytes);
        Assert.Equal(text, set.Decode(bytes, DicomVR.PN));
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void EncodeAndDecode_Gb18030_RoundTripsIncludingFourByteSequences()
    {
        var set = Set("GB18030");
        const string text = "Wang^XiaoDong=王^小东=Zoë😀";

        var bytes = set.Encode(text, DicomVR.PN);

        // Expected from Python's gb18030 codec: ë and 😀 take four bytes each.
        Assert.Equal("57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D5A6F81308A359439FC36", Convert.ToHexString(bytes));
        Assert.Equal(text, set.Decode(bytes, DicomVR.PN));
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void Decode_Gbk_SecondByteThatLooksLikeBackslashStaysInTheCharacter()
    {
        // 乗 is 0x81 0x5C in GBK (Python's gbk codec); the 0x5C is not a value delimiter.
        var set = Set("GBK");

        Assert.Equal("乗\\A", set.Decode(Hex("815C5C41"), DicomVR.LO));
    }

    [Fact]
    public void Encode_GbkCharacterOutsideGbk_WritesQuestionMarkAndWarns()
    {
        var set = Set("GBK");

        var bytes = set.Encode("王😀", DicomVR.LO);

        Assert.Equal("CDF53F", Convert.ToHexString(bytes));
        Assert.Contains(set.Warnings, w => w.Contains("U+1F600"));
    }
}
