namespace PacsLab.Dicom.Tests.Dictionary;

public class DicomDictionaryFileTests
{
    private const string Sample =
        "# source: test\n" +
        "# generator-sha256: 00ff\n" +
        "[elements]\n" +
        "# tag\tvr\tvm\tretired\tkeyword\tname\n" +
        "(0010,0010)\tPN\t1\t-\tPatientName\tPatient's Name\n" +
        "(1000,xxx3)\tUS\t3\tR\tHuffmanTableTriplet\tHuffman Table Triplet\n" +
        "(0018,0061)\tDS\t1\tR\t\t\n" +
        "(0018,0062)\tDS\t1\tR\n" +
        "(FFFE,E000)\tNONE\t1\t-\tItem\tItem\n" +
        "[uids]\n" +
        "1.2.840.10008.1.1\t-\tSOP Class\tVerification\tVerification SOP Class\n";

    [Fact]
    public void Parse_Sample_ReadsHeaderElementsAndUids()
    {
        var file = DicomDictionaryFile.Parse(new StringReader(Sample));

        Assert.Equal("source: test\ngenerator-sha256: 00ff", file.SourceDescription);
        Assert.Equal("00ff", file.GeneratorScriptSha256);
        Assert.Equal(5, file.Entries.Count);
        Assert.Equal(new DicomTag(0x1000, 0x0003), file.Entries[1].Tag);
        Assert.Equal(0xFFFF000Fu, file.Entries[1].Mask);
        Assert.True(file.Entries[1].IsRetired);
        Assert.Equal("", file.Entries[2].Keyword);
        Assert.Equal("", file.Entries[3].Name);
        Assert.Empty(file.Entries[4].ValueRepresentations);
        Assert.Equal("Verification", Assert.Single(file.Uids).Keyword);
    }

    [Theory]
    [InlineData("(60xx,3000)", 0x60003000u, 0xFF00FFFFu)]
    [InlineData("60xx3000", 0x60003000u, 0xFF00FFFFu)]
    [InlineData("(0020,31xx)", 0x00203100u, 0xFFFFFF00u)]
    [InlineData("(1010,xxxx)", 0x10100000u, 0xFFFF0000u)]
    [InlineData("(0028,04x2)", 0x00280402u, 0xFFFFFF0Fu)]
    [InlineData("(7FE0,0010)", 0x7FE00010u, 0xFFFFFFFFu)]
    public void TryParseTagPattern_Forms_GivePatternAndMask(string text, uint pattern, uint mask)
    {
        Assert.True(DicomDictionaryFile.TryParseTagPattern(text, out var tag, out var parsedMask));
        Assert.Equal(pattern, tag.Value);
        Assert.Equal(mask, parsedMask);
    }

    [Theory]
    [InlineData("(60xx,300)")]
    [InlineData("(60xy,3000)")]
    [InlineData("")]
    public void TryParseTagPattern_Malformed_ReturnsFalse(string text)
    {
        Assert.False(DicomDictionaryFile.TryParseTagPattern(text, out _, out _));
    }

    [Fact]
    public void Parse_UnknownVR_ThrowsWithLineNumber()
    {
        var text = "# generator-sha256: 00\n[elements]\n(0010,0010)\tXX\t1\t-\tPatientName\tPatient's Name\n";
        var error = Assert.Throws<FormatException>(() => DicomDictionaryFile.Parse(new StringReader(text)));
        Assert.Contains("line 3", error.Message);
        Assert.Contains("'XX'", error.Message);
    }

    [Fact]
    public void Parse_MissingShaHeader_Throws()
    {
        Assert.Throws<FormatException>(() => DicomDictionaryFile.Parse(new StringReader("[elements]\n")));
    }

    [Fact]
    public void TagPattern_RangeEntry_PrintsLowerCaseX()
    {
        var file = DicomDictionaryFile.Parse(new StringReader(Sample));
        Assert.Equal("(1000,xxx3)", file.Entries[1].TagPattern);
        Assert.Equal("(0010,0010)", file.Entries[0].TagPattern);
    }
}
