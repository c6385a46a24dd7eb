using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class UidListMatchTests
{
    [Theory]
    [InlineData("1.2.3", true)]
    [InlineData("1.2.4", true)]
    [InlineData("1.2.5", false)]
    [InlineData("1.2.30", false)]
    public void UidList_MatchesAnyListedUid(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(DicomTags.StudyInstanceUID, DicomVR.UI, @"1.2.3\1.2.4", stored));
    }

    [Fact]
    public void UidList_AbsentAttribute_DoesNotMatch()
    {
        Assert.False(Condition(DicomTags.StudyInstanceUID, DicomVR.UI, @"1.2.3\1.2.4").Matches(new DicomDataset()));
    }

    [Fact]
    public void UidList_CandidateWithNulPadding_Matches()
    {
        var candidate = new DicomDataset().AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3\0"u8.ToArray());
        Assert.True(Condition(DicomTags.StudyInstanceUID, DicomVR.UI, @"1.2.3\1.2.4").Matches(candidate));
    }

    [Fact]
    public void UidList_EqualityComparesTheUids()
    {
        Assert.Equal(new UidListMatch(DicomTags.StudyInstanceUID, ["1.2", "1.3"]), new UidListMatch(DicomTags.StudyInstanceUID, ["1.2", "1.3"]));
        Assert.NotEqual(new UidListMatch(DicomTags.StudyInstanceUID, ["1.2", "1.3"]), new UidListMatch(DicomTags.StudyInstanceUID, ["1.2", "1.4"]));
    }
}
