namespace PacsLab.Dicom.Tests.CharacterSets;

/// <summary>Text that the character set in force cannot hold: written as '?', never an exception.</summary>
public class UnencodableCharacterTests
{
    [Fact]
    public void Encode_DefaultRepertoireWithAccent_WritesQuestionMarkAndWarns()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 6"]);

        var bytes = set.Encode("Jérôme", DicomVR.PN);

        Assert.Equal("J?r?me"u8.ToArray(), bytes);
        Assert.Equal(2, set.Warnings.Count);
        Assert.Contains(set.Warnings, w => w.Contains("'é' (U+00E9)") && w.Contains("ISO_IR 192"));
    }

    [Fact]
    public void TryEncode_CharacterOutsideSet_ReturnsFalseWithoutWarning()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 100"]);

        var ok = set.TryEncode("山田", DicomVR.LO, out var bytes);

        Assert.False(ok);
        Assert.Equal("??"u8.ToArray(), bytes);
        Assert.Empty(set.Warnings);
    }

    [Fact]
    public void TryEncode_CharacterInSet_ReturnsTrue()
    {
        var ok = DicomCharacterSet.FromTerms(["ISO_IR 100"]).TryEncode("Müller", DicomVR.PN, out var bytes);

        Assert.True(ok);
        Assert.Equal("4DFC6C6C6572", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Encode_UnencodableInsideKanjiRun_ReturnsToAsciiForQuestionMark()
    {
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var bytes = set.Encode("山한田", DicomVR.LO);

        Assert.Equal("1B24423B331B28423F1B244245441B2842", Convert.ToHexString(bytes));
        Assert.Contains(set.Warnings, w => w.Contains("U+D55C"));
    }

    [Fact]
    public void Encode_NonCharacterSetVR_UsesDefaultRepertoire()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 192"]);

        var bytes = set.Encode("ÄB", DicomVR.CS);

        Assert.Equal("?B"u8.ToArray(), bytes);
        Assert.Contains(set.Warnings, w => w.Contains("CS values always use the default repertoire"));
    }

    [Fact]
    public void Encode_LoneSurrogateInUtf8_WritesQuestionMark()
    {
        var set = DicomCharacterSet.FromTerms(["ISO_IR 192"]);

        var bytes = set.Encode("A\uD800B", DicomVR.LO);

        Assert.Equal("A?B"u8.ToArray(), bytes);
        Assert.NotEmpty(set.Warnings);
    }
}
