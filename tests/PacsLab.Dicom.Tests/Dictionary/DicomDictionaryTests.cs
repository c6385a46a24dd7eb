namespace PacsLab.Dicom.Tests.Dictionary;

public class DicomDictionaryTests
{
    [Fact]
    public void TryGet_PatientName_ReturnsPN()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0010, 0x0010), out var entry));
        Assert.Equal("PatientName", entry.Keyword);
        Assert.Equal("Patient's Name", entry.Name);
        Assert.Same(DicomVR.PN, entry.DefaultVR);
        Assert.Equal("1", entry.ValueMultiplicity);
        Assert.False(entry.IsRetired);
        Assert.False(entry.IsRange);
    }

    [Theory]
    [InlineData("PatientName")]
    [InlineData("StudyInstanceUID")]
    [InlineData("PixelData")]
    [InlineData("OverlayData")]
    [InlineData("FileMetaInformationGroupLength")]
    public void TryGetByKeyword_KnownKeyword_RoundTripsThroughTag(string keyword)
    {
        Assert.True(DicomDictionary.TryGetByKeyword(keyword, out var byKeyword));
        Assert.True(DicomDictionary.TryGet(byKeyword.Tag, out var byTag));
        Assert.Same(byKeyword, byTag);
        Assert.Equal(keyword, byTag.Keyword);
    }

    [Fact]
    public void TryGetByKeyword_WrongCaseOrUnknown_ReturnsFalse()
    {
        Assert.False(DicomDictionary.TryGetByKeyword("patientname", out _));
        Assert.False(DicomDictionary.TryGetByKeyword("NoSuchKeyword", out _));
        Assert.False(DicomDictionary.TryGetByKeyword("", out _));
    }

    [Theory]
    [InlineData(0x6000)]
    [InlineData(0x6002)]
    [InlineData(0x601E)]
    public void TryGet_OverlayDataInAnyOverlayGroup_ReturnsRangeEntry(int group)
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag((ushort)group, 0x3000), out var entry));
        Assert.Equal("OverlayData", entry.Keyword);
        Assert.True(entry.IsRange);
        Assert.Equal("(60xx,3000)", entry.TagPattern);
        Assert.Equal(0xFF00FFFFu, entry.Mask);
        Assert.Equal([DicomVR.OB, DicomVR.OW], entry.ValueRepresentations);
        Assert.True(entry.Matches(new DicomTag((ushort)group, 0x3000)));
    }

    [Fact]
    public void TryGet_ElementRanges_MatchEveryVaryingDigit()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0020, 0x3105), out var sourceImageIds));
        Assert.Equal("(0020,31xx)", sourceImageIds.TagPattern);
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x1000, 0x1235), out var shiftTable));
        Assert.Equal("ShiftTableTriplet", shiftTable.Keyword);
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x1010, 0xABCD), out var zonalMap));
        Assert.Equal("ZonalMap", zonalMap.Keyword);
    }

    [Fact]
    public void TryGet_ExactTagInsideARangePattern_PrefersExactEntry()
    {
        // (7FE0,0010) Pixel Data also fits the retired range (7Fxx,0010) Variable Pixel Data.
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x7FE0, 0x0010), out var pixelData));
        Assert.Equal("PixelData", pixelData.Keyword);
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x7F02, 0x0010), out var variable));
        Assert.Equal("VariablePixelData", variable.Keyword);
        Assert.True(variable.IsRetired);
    }

    [Fact]
    public void TryGet_RangeOverlappingListedTags_ListedTagWins()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0028, 0x0400), out var listed));
        Assert.Equal("TransformLabel", listed.Keyword);
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0028, 0x0410), out var ranged));
        Assert.Equal("RowsForNthOrderCoefficients", ranged.Keyword);
        Assert.Equal("(0028,04x0)", ranged.TagPattern);
    }

    [Fact]
    public void TryGet_LutDescriptor_IsUSOrSS()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0028, 0x3002), out var entry));
        Assert.Equal("LUTDescriptor", entry.Keyword);
        Assert.Equal([DicomVR.US, DicomVR.SS], entry.ValueRepresentations);
        Assert.Equal("3", entry.ValueMultiplicity);
    }

    [Fact]
    public void TryGet_ThreeWayMultiVR_KeepsSourceOrder()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0028, 0x1200), out var entry));
        Assert.Equal("GrayLookupTableData", entry.Keyword);
        Assert.Equal([DicomVR.US, DicomVR.SS, DicomVR.OW], entry.ValueRepresentations);
        Assert.Same(DicomVR.US, entry.DefaultVR);
    }

    [Fact]
    public void TryGet_RetiredElement_IsFlagged()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0008, 0x0040), out var entry));
        Assert.Equal("DataSetType", entry.Keyword);
        Assert.True(entry.IsRetired);
    }

    [Fact]
    public void TryGet_Item_HasNoVR()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0xFFFE, 0xE000), out var entry));
        Assert.Equal("Item", entry.Keyword);
        Assert.Empty(entry.ValueRepresentations);
        Assert.Same(DicomVR.UN, entry.DefaultVR);
    }

    [Fact]
    public void TryGet_UnlistedGroupLength_ReturnsRetiredUL()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0010, 0x0000), out var entry));
        Assert.Same(DicomVR.UL, entry.DefaultVR);
        Assert.Equal("GroupLength", entry.Keyword);
        Assert.True(entry.IsRetired);
        Assert.Equal(new DicomTag(0x0010, 0x0000), entry.Tag);
        Assert.Same(DicomVR.UL, DicomDictionary.DefaultVR(new DicomTag(0x0029, 0x0000)));
    }

    [Fact]
    public void TryGet_ListedGroupLength_ReturnsItsOwnEntry()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0002, 0x0000), out var entry));
        Assert.Equal("FileMetaInformationGroupLength", entry.Keyword);
        Assert.False(entry.IsRetired);
    }

    [Fact]
    public void TryGet_PrivateCreator_ReturnsLO()
    {
        Assert.True(DicomDictionary.TryGet(new DicomTag(0x0029, 0x0010), out var entry));
        Assert.Equal("PrivateCreator", entry.Keyword);
        Assert.Same(DicomVR.LO, entry.DefaultVR);
        Assert.Equal(new DicomTag(0x0029, 0x0010), entry.Tag);
    }

    [Fact]
    public void TryGet_PrivateDataElement_IsNotFoundAndDefaultsToUN()
    {
        Assert.False(DicomDictionary.TryGet(new DicomTag(0x0029, 0x1010), out _));
        Assert.Same(DicomVR.UN, DicomDictionary.DefaultVR(new DicomTag(0x0029, 0x1010)));
    }

    [Fact]
    public void TryGet_OddGroupFittingARangeMask_IsNotTheStandardElement()
    {
        // (6001,3000) matches the 60xx mask, but odd groups are private (PS3.5 7.8).
        Assert.False(DicomDictionary.TryGet(new DicomTag(0x6001, 0x3000), out _));
    }

    [Fact]
    public void TryGet_UnknownStandardTag_ReturnsFalse()
    {
        Assert.False(DicomDictionary.TryGet(new DicomTag(0x0010, 0x0001), out _));
        Assert.Same(DicomVR.UN, DicomDictionary.DefaultVR(new DicomTag(0x0010, 0x0001)));
    }

    [Fact]
    public void DefaultVR_ListedTags_ComeFromTheDictionary()
    {
        Assert.Same(DicomVR.UI, DicomDictionary.DefaultVR(new DicomTag(0x0020, 0x000D)));
        Assert.Same(DicomVR.SQ, DicomDictionary.DefaultVR(new DicomTag(0x0008, 0x1115)));
        Assert.Same(DicomVR.US, DicomDictionary.DefaultVR(new DicomTag(0x0028, 0x0010)));
    }

    [Fact]
    public void Entries_HoldTheWholeStandard_InTagOrder()
    {
        var entries = DicomDictionary.Entries;
        Assert.True(entries.Count > 4000, $"only {entries.Count} entries");
        for (var i = 1; i < entries.Count; i++)
            Assert.True(entries[i - 1].Tag.Value <= entries[i].Tag.Value, $"{entries[i - 1].TagPattern} before {entries[i].TagPattern}");
        Assert.Contains(entries, e => e.Keyword.Length == 0);
    }

    [Fact]
    public void Entries_EveryKeyword_FindsItsOwnEntry()
    {
        foreach (var entry in DicomDictionary.Entries.Where(e => e.Keyword.Length > 0))
        {
            Assert.True(DicomDictionary.TryGetByKeyword(entry.Keyword, out var found), entry.Keyword);
            Assert.Same(entry, found);
            Assert.True(DicomDictionary.TryGet(entry.Tag, out var byTag), entry.TagPattern);
            // A range's zeroed pattern can be a listed tag of its own: (0028,04x0) vs (0028,0400).
            if (!entry.IsRange) Assert.Same(entry, byTag);
            else Assert.True(byTag == entry || !byTag.IsRange, entry.TagPattern);
        }
    }

    [Fact]
    public void SourceDescription_NamesPydicomAndTheGenerator()
    {
        Assert.Contains("pydicom", DicomDictionary.SourceDescription);
        Assert.Contains("tools/generate-dictionary.py", DicomDictionary.SourceDescription);
        Assert.Matches("^[0-9a-f]{64}$", DicomDictionary.GeneratorScriptSha256);
    }
}
