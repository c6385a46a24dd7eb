using static PacsLab.Dicom.Tests.CharacterSets.CharsetTestData;

namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>Reading the values of (0008,0005) (PS3.3 C.12.1.1.2, PS3.5 6.1.2.5.4).</summary>
public class CharacterSetTermTests
{
    [Fact]
    public void FromTerms_UnknownTerm_DecodesAsLatin1AndWarnsNamingTheTerm()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 999"]);

        var text = set.Decode(Hex("4AE972F46D65"), DicomVR.PN);

        Assert.Equal("Jérôme", text);
        var warning = Assert.Single(set.Warnings);
        Assert.Contains("'ISO_IR 999'", warning);
        Assert.Contains("Latin-1", warning);
    }

    [Fact]
    public void FromTerms_UnknownCodeExtension_IsIgnoredWithWarning()
    {
        // pydicom test_charset.py test_invalid_second_encoding: ISO 2022 IR 146 is not defined.
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 100", "ISO 2022 IR 146"]);

        Assert.Equal("CITIZEN", set.Decode("CITIZEN"u8, DicomVR.PN));
        Assert.Contains(set.Warnings, w => w.Contains("'ISO 2022 IR 146'") && w.Contains("ignored"));
    }

    [Theory]
    [InlineData("ISO-IR 144", "ISO_IR 144")]
    [InlineData("ISO IR 192", "ISO_IR 192")]
    [InlineData("iso_ir_100", "ISO_IR 100")]
    [InlineData("ISO_2022_IR_87", "ISO 2022 IR 87")]
    public void FromTerms_MisspelledTerm_IsReadAsTheDefinedTermWithWarning(string written, string defined)
    {
        var set = DicomCharacterSet.FromTerms([written]);

        Assert.Contains(set.Warnings, w => w.Contains($"'{written}'") && w.Contains($"'{defined}'"));
    }

    [Fact]
    public void FromTerms_MisspelledCyrillic_DecodesCyrillic()
    {
        var set = DicomCharacterSet.FromTerms(["ISO-IR 144"]);

        Assert.Equal("Люкceмбypг", set.Decode(Hex("BBEEDA6365DCD17970D3"), DicomVR.PN));
    }

    [Fact]
    public void FromTerms_PaddedValues_AreTrimmed()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 100 "]);

        Assert.Equal(["ISO_IR 100"], set.Terms);
        Assert.Empty(set.Warnings);
        Assert.Equal("é", set.Decode(Hex("E9"), DicomVR.LO));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "")]
    [InlineData(1, " ")]
    [InlineData(2, "")]
    public void FromTerms_NoValue_IsTheDefaultRepertoire(int count, string value)
    {
        Assert.Same(DicomCharacterSet.Default, DicomCharacterSet.FromTerms(Enumerable.Repeat(value, count).ToArray()));
    }

    [Fact]
    public void FromTerms_EmptyFirstValue_KeepsItInTerms()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        Assert.Equal(["", "ISO 2022 IR 87"], set.Terms);
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void FromTerms_Utf8WithCodeExtensions_UsesUtf8AndWarns()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 192", "ISO 2022 IR 100"]);

        Assert.Equal("王", set.Decode(Hex("E78E8B"), DicomVR.PN));
        Assert.Contains(set.Warnings, w => w.Contains("'ISO_IR 192'") && w.Contains("cannot be combined"));
    }

    [Fact]
    public void FromTerms_GbkAsCodeExtension_IsIgnoredWithWarning()
    {
        var set = DicomCharacterSet.FromTerms(["ISO 2022 IR 126", "GBK"]);

        Assert.Equal("Δ", set.Decode(Hex("C4"), DicomVR.PN));
        Assert.Contains(set.Warnings, w => w.Contains("'GBK'") && w.Contains("code extension"));
    }

    [Fact]
    public void FromTerms_NonExtensionTermAmongSeveral_IsReadAsIso2022FormWithWarning()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 100", "ISO 2022 IR 144"]);

        Assert.Equal("é=Л", set.Decode(Hex("E93D1B2D4CBB"), DicomVR.PN));
        Assert.Contains(set.Warnings, w => w.Contains("'ISO_IR 100'") && w.Contains("'ISO 2022 IR 100'"));
    }

    [Fact]
    public void Decode_NonCharacterSetVR_IsAscii()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        // CS is outside (0008,0005)'s scope: the escape byte is kept as it is, not interpreted.
        Assert.Equal("\u001b$BAB", set.Decode(Hex("1B24424142"), DicomVR.CS));
    }
}
