using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>
/// PS3.3 Table C.12-2 sets. Expected bytes are what pydicom 2.3.1 (Python's ISO 8859 codecs) writes for the same
/// text; ISO_IR 203 comes from Python's iso8859_15 codec and ISO_IR 13 from chrH32.dcm.
/// </summary>
public class SingleByteCharacterSetTests
{
    [Theory]
    [InlineData("ISO_IR 100", "Buc^Jérôme", "4275635E4AE972F46D65")]
    [InlineData("ISO_IR 101", "Wałęsa", "5761B3EA7361")]
    [InlineData("ISO_IR 109", "antaŭnomo", "616E7461FD6E6F6D6F")]
    [InlineData("ISO_IR 110", "vārds", "76E0726473")]
    [InlineData("ISO_IR 144", "Люкceмбypг", "BBEEDA6365DCD17970D3")]
    [InlineData("ISO_IR 127", "قباني^لنزار", "E2C8C7E6EA5EE4E6D2C7D1")]
    [InlineData("ISO_IR 126", "Διονυσιος", "C4E9EFEDF5F3E9EFF2")]
    [InlineData("ISO_IR 138", "שרון^דבורה", "F9F8E5EF5EE3E1E5F8E4")]
    [InlineData("ISO_IR 148", "Çavuşoğlu", "C7617675FE6FF06C75")]
    [InlineData("ISO_IR 203", "Œuvre^Zoë €", "BC757672655E5A6FEB20A4")]
    [InlineData("ISO_IR 166", "นามสกุล", "B9D2C1CAA1D8C5")]
    [InlineData("ISO_IR 13", "ﾔﾏﾀﾞ^ﾀﾛｳ", "D4CFC0DE5EC0DBB3")]
    public void EncodeAndDecode_SingleByteSet_MatchesIsoTable(string term, string text, string hex)
    {
        var set = Set(term);

        Assert.Equal(hex, Convert.ToHexString(set.Encode(text, DicomVR.PN)));
        Assert.Equal(text, set.Decode(Hex(hex), DicomVR.PN));
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void Decode_IsoIr100_ReturnsLatin1Text()
    {
        var text = Set("ISO_IR 100").Decode(Hex("4AE972F46D6520"), DicomVR.LO);

        Assert.Equal("Jérôme ", text);
    }

    [Fact]
    public void Decode_Default_ReadsStrayHighBytesAsLatin1AndWarns()
    {
        var set = DicomCharacterSet.FromTerms([]);

        var text = set.Decode(Hex("4AE972F46D65"), DicomVR.PN);

        Assert.Same(DicomCharacterSet.Default, set);
        Assert.Equal("Jérôme", text);
        Assert.Contains(set.Warnings, w => w.Contains("bytes above 0x7F") && w.Contains("(0008,0005)"));
    }

    [Fact]
    public void Decode_IsoIr127UnassignedByte_GivesReplacementCharacter()
    {
        // 0xA1 has no character in ISO 8859-6.
        var text = Set("ISO_IR 127").Decode(Hex("41A142"), DicomVR.LO);

        Assert.Equal("A\uFFFDB", text);
    }
}
