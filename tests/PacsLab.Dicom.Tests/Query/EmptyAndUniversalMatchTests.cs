using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class EmptyAndUniversalMatchTests
{
    [Fact]
    public void Universal_MatchesAbsentEmptyAndPresentAttributes()
    {
        var condition = Condition(DicomTags.PatientName, DicomVR.PN, "");

        Assert.True(condition.Matches(new DicomDataset()));
        Assert.True(condition.Matches(Data((DicomTags.PatientName, DicomVR.PN, ""))));
        Assert.True(condition.Matches(Data((DicomTags.PatientName, DicomVR.PN, "DOE^JOHN"))));
    }

    [Fact]
    public void Universal_StarOnCodeString_MatchesCandidateWithoutTheAttribute()
    {
        Assert.True(DicomQuery.Parse(Data((DicomTags.Modality, DicomVR.CS, "*"))).Matches(new DicomDataset()));
    }

    [Fact]
    public void EmptyValue_MatchesAbsentAttribute()
    {
        Assert.True(Condition(AccessionNumber, DicomVR.SH, "\"\"").Matches(new DicomDataset()));
    }

    [Fact]
    public void EmptyValue_MatchesZeroLengthOrBlankAttribute()
    {
        var condition = Condition(AccessionNumber, DicomVR.SH, "\"\"");

        Assert.True(condition.Matches(Data((AccessionNumber, DicomVR.SH, ""))));
        Assert.True(condition.Matches(Data((AccessionNumber, DicomVR.SH, "  "))));
    }

    [Fact]
    public void EmptyValue_DoesNotMatchAttributeWithValue()
    {
        Assert.False(KeyMatches(AccessionNumber, DicomVR.SH, "\"\"", "A123"));
    }

    [Fact]
    public void EmptyValue_OnSequence_MatchesOnlyWithoutItems()
    {
        var condition = new EmptyValueMatch(ReferencedStudySequence, DicomVR.SQ);

        Assert.True(condition.Matches(new DicomDataset().WithSequence(ReferencedStudySequence)));
        Assert.False(condition.Matches(new DicomDataset().WithSequence(ReferencedStudySequence, new DicomDataset())));
    }
}
