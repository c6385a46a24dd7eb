using PacsLab.Cli;
using PacsLab.Dicom;

namespace PacsLab.Tests.Cli;

public class QueryKeyParserTests
{
    [Fact]
    public void TryParse_KeywordWithValue_GivesTagVrAndValue()
    {
        Assert.True(QueryKeyParser.TryParse("PatientID=12345", out var key, out _));
        Assert.Equal(DicomTags.PatientID, key.Tag);
        Assert.Equal(DicomVR.LO, key.VR);
        Assert.Equal(["12345"], key.Values);
        Assert.Equal("PatientID (0010,0020)", key.Name);
    }

    [Theory]
    [InlineData("PatientName=")]
    [InlineData("PatientName")]
    [InlineData("(0010,0010)=")]
    [InlineData("0010,0010")]
    public void TryParse_NoValue_IsAReturnKey(string text)
    {
        Assert.True(QueryKeyParser.TryParse(text, out var key, out _));
        Assert.Equal(DicomTags.PatientName, key.Tag);
        Assert.Empty(key.Values);
    }

    [Fact]
    public void TryParse_BackslashAndEquals_SplitValuesAtBackslashOnlyAfterTheFirstEquals()
    {
        Assert.True(QueryKeyParser.TryParse(@"StudyDescription=a=b\c", out var key, out _));
        Assert.Equal(["a=b", "c"], key.Values);
    }

    [Fact]
    public void TryParse_KeywordInTheWrongCase_SuggestsTheRightOne()
    {
        Assert.False(QueryKeyParser.TryParse("patientname=DOE", out _, out var problem));
        Assert.Contains("'patientname' is not a DICOM keyword. Did you mean PatientName?", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NothingClose_GivesNoSuggestionButTheForm()
    {
        Assert.False(QueryKeyParser.TryParse("Xyzzyplugh=1", out _, out var problem));
        Assert.DoesNotContain("Did you mean", problem, StringComparison.Ordinal);
        Assert.Contains("gggg,eeee", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_PrivateTag_IsRefusedForItsUnknownVr()
    {
        Assert.False(QueryKeyParser.TryParse("0009,1010=x", out _, out var problem));
        Assert.Contains("(0009,1010) is not in the PS3.6 data dictionary", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_CommandElement_IsRefused()
    {
        Assert.False(QueryKeyParser.TryParse("MoveDestination=X", out _, out var problem));
        Assert.Contains("belongs to the DIMSE command", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SequenceWithAValue_IsRefusedButEmptyIsAReturnKey()
    {
        Assert.False(QueryKeyParser.TryParse("ReferencedStudySequence=1.2.3", out _, out var problem));
        Assert.Contains("is a sequence (SQ)", problem, StringComparison.Ordinal);
        Assert.True(QueryKeyParser.TryParse("ReferencedStudySequence=", out var key, out _));
        Assert.Equal(DicomVR.SQ, key.VR);
    }

    [Fact]
    public void TryParse_NumberThatIsNot_SaysWhatTheVrHolds()
    {
        Assert.False(QueryKeyParser.TryParse("Rows=many", out _, out var problem));
        Assert.Contains("Rows (0028,0010) is US, a number; 'many' is not a value it can hold.", problem, StringComparison.Ordinal);
        Assert.True(QueryKeyParser.TryParse("Rows=512", out var key, out _));
        Assert.Equal(["512"], key.Values);
    }

    [Fact]
    public void TryParse_NothingBeforeEquals_ShowsTheForm()
    {
        Assert.False(QueryKeyParser.TryParse("=P1", out _, out var problem));
        Assert.Contains("write it as -k TAG=VALUE", problem, StringComparison.Ordinal);
    }
}
