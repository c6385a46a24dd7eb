using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>The return to the initial character set at delimiters (PS3.5 6.1.2.5.3).</summary>
public class DelimiterResetTests
{
    private static readonly DicomCharacterSet Korean = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 149"]);

    [Fact]
    public void Decode_PnComponentDelimiter_ResetsG1ToInitial()
    {
        // G1 was KS X 1001 before '^'; after it G1 is empty again, so 0xC8 0xAB are no longer Hangul.
        var text = Korean.Decode(Hex("1B242943C8AB5EC8AB"), DicomVR.PN);

        Assert.Equal("홍^È«", text);
    }

    [Fact]
    public void Decode_PnComponentGroupDelimiter_ResetsG1ToInitial()
    {
        var text = Korean.Decode(Hex("1B242943C8AB3DC8AB"), DicomVR.PN);

        Assert.Equal("홍=È«", text);
    }

    [Fact]
    public void Decode_CaretInLongString_DoesNotReset()
    {
        var text = Korean.Decode(Hex("1B242943C8AB5EC8AB"), DicomVR.LO);

        Assert.Equal("홍^홍", text);
    }

    [Fact]
    public void Decode_ValueDelimiter_ResetsMultiValuedVR()
    {
        var text = Korean.Decode(Hex("1B242943C8AB5CC8AB"), DicomVR.SH);

        Assert.Equal("홍\\È«", text);
    }

    [Fact]
    public void Decode_BackslashInLongText_DoesNotReset()
    {
        // LT is single-valued: '\' is an ordinary character there.
        var text = Korean.Decode(Hex("1B242943C8AB5CC8AB"), DicomVR.LT);

        Assert.Equal("홍\\홍", text);
    }

    [Theory]
    [InlineData("0D0A", "\r\n")]
    [InlineData("09", "\t")]
    [InlineData("0C", "\f")]
    public void Decode_ControlCharacterInText_Resets(string control, string text)
    {
        var decoded = Korean.Decode(Hex("1B242943C8AB" + control + "C8AB"), DicomVR.LT);

        Assert.Equal("홍" + text + "È«", decoded);
    }

    [Fact]
    public void Decode_DelimiterBytesInsideJisX0208_AreCharacterHalves()
    {
        // ま is 0x24 0x5E: the 0x5E is not a '^' while G0 holds JIS X 0208.
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var text = set.Decode(Hex("1B24422464245E24401B2842"), DicomVR.PN);

        Assert.Equal("やまだ", text);
    }

    [Fact]
    public void Encode_KanjiBeforeEachDelimiter_ReturnsToAscii()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var bytes = set.Encode("山\\田\r\n山", DicomVR.LO);

        Assert.Equal("1B24423B331B28425C1B244245441B28420D0A1B24423B331B2842", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Encode_SpaceInsideKanji_ReturnsToAscii()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var bytes = set.Encode("山 田", DicomVR.LO);

        Assert.Equal("1B24423B331B2842201B244245441B2842", Convert.ToHexString(bytes));
        Assert.Equal("山 田", set.Decode(bytes, DicomVR.LO));
    }
}
