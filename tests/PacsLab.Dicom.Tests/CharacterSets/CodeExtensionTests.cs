using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>ISO 2022 code extensions (PS3.3 Tables C.12-3 and C.12-4, PS3.5 6.1.2.5).</summary>
public class CodeExtensionTests
{
    // Raw values from pydicom's test_charset.py (ENCODED_NAMES): each set designated by its escape sequence.
    [Theory]
    [InlineData("ISO 2022 IR 13", "ﾔﾏﾀﾞ^ﾀﾛｳ", "1B2949D4CFC0DE5E1B2949C0DBB3")]
    [InlineData("ISO 2022 IR 100", "Buc^Jérôme", "1B2D414275635E1B2D414AE972F46D65")]
    [InlineData("ISO 2022 IR 101", "Wałęsa", "1B2D425761B3EA7361")]
    [InlineData("ISO 2022 IR 109", "antaŭnomo", "1B2D43616E7461FD6E6F6D6F")]
    [InlineData("ISO 2022 IR 110", "vārds", "1B2D4476E0726473")]
    [InlineData("ISO 2022 IR 127", "قباني^لنزار", "1B2D47E2C8C7E6EA5E1B2D47E4E6D2C7D1")]
    [InlineData("ISO 2022 IR 126", "Διονυσιος", "1B2D46C4E9EFEDF5F3E9EFF2")]
    [InlineData("ISO 2022 IR 138", "שרון^דבורה", "1B2D48F9F8E5EF5E1B2D48E3E1E5F8E4")]
    [InlineData("ISO 2022 IR 144", "Люкceмбypг", "1B2D4CBBEEDA6365DCD17970D3")]
    [InlineData("ISO 2022 IR 148", "Çavuşoğlu", "1B2D4DC7617675FE6FF06C75")]
    [InlineData("ISO 2022 IR 166", "นามสกุล", "1B2D54B9D2C1CAA1D8C5")]
    public void Decode_SingleByteCodeExtension_FollowsEscapeSequence(string term, string text, string hex)
    {
        var set = DicomCharacterSet.FromTerms(["", term]);

        var decoded = set.Decode([.. "ASCII+"u8, .. Hex(hex)], DicomVR.PN);

        Assert.Equal("ASCII+" + text, decoded);
        Assert.Empty(set.Warnings);
    }

    [Theory]
    [InlineData("ISO 2022 IR 100", "Buc^Jérôme", "4275635E4A1B2D41E972F46D65")]
    [InlineData("ISO 2022 IR 144", "Люкceмбypг", "1B2D4CBBEEDA6365DCD17970D3")]
    [InlineData("ISO 2022 IR 13", "ﾔﾏﾀﾞ^ﾀﾛｳ", "1B2949D4CFC0DE5E1B2949C0DBB3")]
    public void Encode_SingleByteCodeExtension_DesignatesG1BeforeFirstUseInEachComponent(string term, string text, string hex)
    {
        var set = DicomCharacterSet.FromTerms(["", term]);

        var bytes = set.Encode(text, DicomVR.PN);

        Assert.Equal(hex, Convert.ToHexString(bytes));
        Assert.Equal(text, set.Decode(bytes, DicomVR.PN));
    }

    [Fact]
    public void Encode_JisX0212_MatchesPydicom()
    {
        // pydicom test_charset.py test_japanese_multi_byte_personname: 鷗 is only in JIS X 0212.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 6", "ISO 2022 IR 87", "ISO 2022 IR 159"]);
        const string name = "Mori^Ogai=森^鷗外=もり^おうがい";
        const string hex = "4D6F72695E4F6761693D1B24423F391B28425E1B2428446C3F1B244233301B28423D1B24422462246A1B28425E" +
            "1B2442242A2426242C24241B2842";

        Assert.Equal(hex, Convert.ToHexString(set.Encode(name, DicomVR.PN)));
        Assert.Equal(name, set.Decode(Hex(hex), DicomVR.PN));
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void Decode_JapaneseMixedSets_MatchesPydicom()
    {
        // pydicom test_charset.py test_japanese_multi_byte_encoding: あ, a (Romaji), ｱ (katakana), ア, 齩 (JIS X 0212).
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159"]);

        var text = set.Decode(Hex("1B244224221B284A611B2949B11B244225221B2428446D4E1B284A"), DicomVR.LO);

        Assert.Equal("あaｱア齩", text);
    }

    [Fact]
    public void Encode_JapaneseMixedSets_UsesKatakanaG1WithoutRedesignating()
    {
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 13", "ISO 2022 IR 87", "ISO 2022 IR 159"]);

        var bytes = set.Encode("あaｱア齩", DicomVR.LO);

        Assert.Equal("1B244224221B284A61B11B244225221B2428446D4E1B284A", Convert.ToHexString(bytes));
    }

    [Fact]
    public void EncodeAndDecode_Gb2312CodeExtension_DesignatesG1PerComponent()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 58"]);
        const string name = "Wang^XiaoDong=王^小东";
        const string hex = "57616E675E5869616F446F6E673D1B242941CDF55E1B242941D0A1B6AB";

        Assert.Equal(hex, Convert.ToHexString(set.Encode(name, DicomVR.PN)));
        Assert.Equal(name, set.Decode(Hex(hex), DicomVR.PN));
    }

    [Fact]
    public void Decode_KoreanWithoutEscape_UsesKsX1001AsInitialG1()
    {
        // Value 1 ISO 2022 IR 149 puts KS X 1001 in G1 from the start, so no escape sequence is needed.
        var text = DicomCharacterSet.FromTerms(["ISO 2022 IR 149"]).Decode(Hex("B1E8C8F1C1DF"), DicomVR.PN);

        Assert.Equal("김희중", text);
    }

    [Fact]
    public void Encode_LatinInitialG1AfterKorean_DesignatesLatin1Again()
    {
        // After '^' the standard puts Latin-1 back in G1, but a reader that does not reset G1 would still have
        // KS X 1001 there, so the encoder designates Latin-1 explicitly.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 100", "ISO 2022 IR 149"]);

        var bytes = set.Encode("é^홍^é", DicomVR.PN);

        Assert.Equal("E95E1B242943C8AB5E1B2D41E9", Convert.ToHexString(bytes));
        Assert.Equal("é^홍^é", set.Decode(bytes, DicomVR.PN));
    }

    [Fact]
    public void Decode_UnknownEscapeSequence_SkipsItAndWarns()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var text = set.Decode(Hex("411B2851421B2842"), DicomVR.LO);

        Assert.Equal("AB", text);
        Assert.Contains(set.Warnings, w => w.Contains("ESC ( Q"));
    }

    [Fact]
    public void Decode_EscapeToUndeclaredSet_DecodesAndWarns()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 100"]);

        var text = set.Decode(Hex("1B24423B3345441B2842"), DicomVR.LO);

        Assert.Equal("山田", text);
        Assert.Contains(set.Warnings, w => w.Contains("ISO 2022 IR 87") && w.Contains("does not list"));
    }

    [Fact]
    public void Decode_TruncatedDoubleByteCharacter_GivesReplacementCharacter()
    {
        var text = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]).Decode(Hex("1B24423B3345"), DicomVR.LO);

        Assert.Equal("山\uFFFD", text);
    }
}
