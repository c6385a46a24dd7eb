using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class MultipleValueMatchTests
{
    [Theory]
    [InlineData("CT", true)]
    [InlineData("MR", true)]
    [InlineData("US", false)]
    public void MultipleValues_MatchWhenAnyAlternativeMatches(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(DicomTags.Modality, DicomVR.CS, @"CT\MR", stored));
    }

    [Theory]
    [InlineData(@"US\MR", true)]
    [InlineData(@"US\XA", false)]
    public void MultipleValues_AgainstModalitiesInStudy_MatchWhenValuesOverlap(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(ModalitiesInStudy, DicomVR.CS, @"CT\MR", stored));
    }

    [Fact]
    public void MultipleValues_MayMixWildcardAlternatives()
    {
        Assert.True(KeyMatches(StudyDescription, DicomVR.LO, @"CT*\MR HEAD", "CT CHEST"));
        Assert.True(KeyMatches(StudyDescription, DicomVR.LO, @"CT*\MR HEAD", "MR HEAD"));
        Assert.False(KeyMatches(StudyDescription, DicomVR.LO, @"CT*\MR HEAD", "MR KNEE"));
    }

    [Theory]
    [InlineData("20240101", true)]
    [InlineData("20240107", true)]
    [InlineData("20240103", false)]
    public void MultipleValues_OnDate_MayMixSingleDatesAndRanges(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDate, DicomVR.DA, @"20240101\20240105-20240110", stored));
    }

    [Fact]
    public void MultipleValues_WithEmptyValueAlternative_MatchesAbsentAttribute()
    {
        var condition = Condition(DicomTags.Modality, DicomVR.CS, "CT\\\"\"");

        Assert.True(condition.Matches(new DicomDataset()));
        Assert.True(condition.Matches(Data((DicomTags.Modality, DicomVR.CS, "CT"))));
        Assert.False(condition.Matches(Data((DicomTags.Modality, DicomVR.CS, "MR"))));
    }
}
