using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class SingleValueMatchTests
{
    [Theory]
    [InlineData("P1", true)]
    [InlineData("p1", false)]
    [InlineData("P10", false)]
    public void SingleValue_OnLongString_IsExactAndCaseSensitive(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(DicomTags.PatientID, DicomVR.LO, "P1", stored));
    }

    [Fact]
    public void SingleValue_TrailingSpacesInCandidate_AreIgnored()
    {
        var candidate = new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "P1  "u8.ToArray());
        Assert.True(Condition(DicomTags.PatientID, DicomVR.LO, "P1").Matches(candidate));
    }

    [Fact]
    public void SingleValue_AbsentAttribute_DoesNotMatch()
    {
        Assert.False(Condition(DicomTags.PatientID, DicomVR.LO, "P1").Matches(new DicomDataset()));
    }

    [Fact]
    public void SingleValue_ZeroLengthAttribute_DoesNotMatch()
    {
        Assert.False(KeyMatches(DicomTags.PatientID, DicomVR.LO, "P1", ""));
    }

    [Fact]
    public void SingleValue_MultiValuedCandidate_MatchesWhenAnyValueMatches()
    {
        Assert.True(KeyMatches(ModalitiesInStudy, DicomVR.CS, "MR", @"CT\MR"));
        Assert.False(KeyMatches(ModalitiesInStudy, DicomVR.CS, "US", @"CT\MR"));
    }

    [Theory]
    [InlineData("20240131", true)]
    [InlineData("2024.01.31", true)]
    [InlineData("20240130", false)]
    public void SingleValue_OnDate_ComparesDates(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDate, DicomVR.DA, "20240131", stored));
    }

    [Theory]
    [InlineData("1030", true)]
    [InlineData("103045.5", true)]
    [InlineData("10:30:59", true)]
    [InlineData("1031", false)]
    [InlineData("102959", false)]
    public void SingleValue_OnTime_MatchesTimesWithinTheKeysPrecision(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyTime, DicomVR.TM, "1030", stored));
    }

    [Theory]
    [InlineData("20240131093000", true)]
    [InlineData("20240201", false)]
    public void SingleValue_OnPartialDateTime_MatchesTheWholeDay(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(AcquisitionDateTime, DicomVR.DT, "20240131", stored));
    }

    [Fact]
    public void SingleValue_InvalidDate_Throws()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(PatientBirthDate, DicomVR.DA, "20241345"));
        Assert.Contains("PatientBirthDate (0010,0030)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid date", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "01", true)]
    [InlineData("1", "+1", true)]
    [InlineData("1", "2", false)]
    public void SingleValue_OnIntegerString_ComparesNumbers(string key, string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(SeriesNumber, DicomVR.IS, key, stored));
    }

    [Theory]
    [InlineData("2.5", "2.50", true)]
    [InlineData("2.5", "25e-1", true)]
    [InlineData("2.5", "2.6", false)]
    public void SingleValue_OnDecimalString_ComparesNumbers(string key, string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(SliceThickness, DicomVR.DS, key, stored));
    }

    [Theory]
    [InlineData("512", true)]
    [InlineData("256", false)]
    public void SingleValue_OnBinaryNumber_ComparesValues(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(Rows, DicomVR.US, "512", stored));
    }
}
