using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class RangeMatchTests
{
    [Theory]
    [InlineData("20240101", true)]
    [InlineData("20240115", true)]
    [InlineData("20240131", true)]
    [InlineData("20231231", false)]
    [InlineData("20240201", false)]
    public void DateRange_MatchesBoundsInclusive(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDate, DicomVR.DA, "20240101-20240131", stored));
    }

    [Theory]
    [InlineData("19991231", true)]
    [InlineData("20000101", true)]
    [InlineData("20000102", false)]
    public void DateRange_OpenLowerEnd_MatchesUpToAndIncludingUpper(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDate, DicomVR.DA, "-20000101", stored));
    }

    [Theory]
    [InlineData("19991231", false)]
    [InlineData("20000101", true)]
    [InlineData("20991231", true)]
    public void DateRange_OpenUpperEnd_MatchesLowerAndLater(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDate, DicomVR.DA, "20000101-", stored));
    }

    [Fact]
    public void DateRange_OpenEnds_HaveNullBounds()
    {
        var upTo = Assert.IsType<RangeMatch>(Condition(StudyDate, DicomVR.DA, "-20000101"));
        var from = Assert.IsType<RangeMatch>(Condition(StudyDate, DicomVR.DA, "20000101-"));

        Assert.Null(upTo.Lower);
        Assert.Null(upTo.LowerBound);
        Assert.Equal("20000101", upTo.Upper);
        Assert.Equal(new DateTime(2000, 1, 1, 23, 59, 59).AddTicks(TimeSpan.TicksPerSecond - 1), upTo.UpperBound?.Latest);
        Assert.Equal(new DateTime(2000, 1, 1), from.LowerBound?.Earliest);
        Assert.Null(from.Upper);
    }

    [Fact]
    public void DateRange_InvalidBound_ThrowsNamingKeyAndBound()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyDate, DicomVR.DA, "20241301-20241231"));

        Assert.Equal(StudyDate, ex.Tag);
        Assert.Equal("StudyDate", ex.Keyword);
        Assert.Contains("StudyDate (0008,0020) = '20241301-20241231'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'20241301' is not a valid date", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRange_IsoDateWithDashes_ThrowsExplainingTheFormat()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyDate, DicomVR.DA, "2024-01-01"));

        Assert.Contains("more than one '-'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("YYYYMMDD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRange_Reversed_Throws()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyDate, DicomVR.DA, "20240131-20240101"));
        Assert.Contains("starts after it ends", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DA")]
    [InlineData("TM")]
    [InlineData("DT")]
    public void Range_WithNeitherEnd_Throws(string code)
    {
        var vr = DicomVR.Parse(code);
        var tag = vr == DicomVR.DA ? StudyDate : vr == DicomVR.TM ? StudyTime : AcquisitionDateTime;
        var ex = Assert.Throws<DicomQueryException>(() => Condition(tag, vr, "-"));
        Assert.Contains("at least one end", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0800", true)]
    [InlineData("0930", true)]
    [InlineData("093015.123456", true)]
    [InlineData("09:45:00", true)]
    [InlineData("100059.999999", true)]
    [InlineData("1001", false)]
    [InlineData("075959.999999", false)]
    public void TimeRange_ComparesNormalisedTimes(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyTime, DicomVR.TM, "0800-1000", stored));
    }

    [Fact]
    public void TimeRange_WithSecondsAndFractions_ComparesPrecisely()
    {
        Assert.True(KeyMatches(StudyTime, DicomVR.TM, "080000.5-", "080000.500001"));
        Assert.False(KeyMatches(StudyTime, DicomVR.TM, "080000.5-", "080000.499999"));
    }

    [Fact]
    public void TimeRange_CrossingMidnight_Throws()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyTime, DicomVR.TM, "2200-0200"));
        Assert.Contains("may not cross midnight", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2500-")]
    [InlineData("0800-10h")]
    public void TimeRange_InvalidBound_Throws(string key)
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyTime, DicomVR.TM, key));
        Assert.Contains("is not a valid time", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20240101000000", true)]
    [InlineData("20240102235959.999999", true)]
    [InlineData("20240103", false)]
    [InlineData("20231231235959", false)]
    public void DateTimeRange_PartialBoundsCoverTheirWholePeriod(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(AcquisitionDateTime, DicomVR.DT, "20240101-20240102", stored));
    }

    [Theory]
    [InlineData("20240101133000+0100", true)]
    [InlineData("20240101123000-0100", false)]
    public void DateTimeRange_WithOffsets_ComparesInstantsInUtc(string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(AcquisitionDateTime, DicomVR.DT, "20240101120000+0000-20240101130000+0000", stored));
    }

    [Fact]
    public void DateTime_WithNegativeOffset_IsSingleValueNotRange()
    {
        Assert.Equal(
            new SingleValueMatch(AcquisitionDateTime, DicomVR.DT, "20240101120000-0500"),
            Condition(AcquisitionDateTime, DicomVR.DT, "20240101120000-0500"));
    }

    [Fact]
    public void DateTimeRange_LowerBoundWithNegativeOffset_SplitsAtTheRangeDash()
    {
        var range = Assert.IsType<RangeMatch>(Condition(AcquisitionDateTime, DicomVR.DT, "20240101120000-0500-20240102"));

        Assert.Equal("20240101120000-0500", range.Lower);
        Assert.Equal("20240102", range.Upper);
        Assert.Equal(TimeSpan.FromHours(-5), range.LowerBound?.Offset);
    }

    [Fact]
    public void DateTimeRange_Malformed_Throws()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(AcquisitionDateTime, DicomVR.DT, "2024013-2024"));
        Assert.Contains("date-time", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_OnVrWithoutRanges_CannotBeConstructed()
    {
        Assert.Throws<DicomQueryException>(() => new RangeMatch(DicomTags.PatientID, DicomVR.LO, "A", "B"));
    }

    [Fact]
    public void Range_AbsentOrUnparsableCandidate_DoesNotMatch()
    {
        var condition = Condition(StudyDate, DicomVR.DA, "20240101-");

        Assert.False(condition.Matches(new DicomDataset()));
        Assert.False(condition.Matches(Data((StudyDate, DicomVR.DA, ""))));
        Assert.False(condition.Matches(Data((StudyDate, DicomVR.DA, "UNKNOWN"))));
    }

    [Fact]
    public void Range_MultiValuedCandidate_MatchesWhenAnyValueFallsInRange()
    {
        Assert.True(KeyMatches(StudyDate, DicomVR.DA, "20240101-20240131", @"20230101\20240110"));
    }
}
