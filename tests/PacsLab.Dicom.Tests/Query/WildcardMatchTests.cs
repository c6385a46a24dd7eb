using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class WildcardMatchTests
{
    [Theory]
    [InlineData("CT*", "CT", true)]
    [InlineData("CT*", "CT HEAD", true)]
    [InlineData("*HEAD", "CT HEAD", true)]
    [InlineData("*HEAD*", "CT HEAD WO", true)]
    [InlineData("CT*", "MR HEAD", false)]
    [InlineData("*HEAD", "CT HEAD WO", false)]
    public void Wildcard_Star_MatchesAnyRunIncludingNone(string pattern, string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDescription, DicomVR.LO, pattern, stored));
    }

    [Theory]
    [InlineData("D?E", "DOE", true)]
    [InlineData("D?E", "DE", false)]
    [InlineData("D?E", "DOOE", false)]
    [InlineData("??", "CT", true)]
    [InlineData("??", "C", false)]
    public void Wildcard_QuestionMark_MatchesExactlyOneCharacter(string pattern, string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDescription, DicomVR.LO, pattern, stored));
    }

    [Theory]
    [InlineData("O'BRIEN*", "O'BRIEN PAT", true)]
    [InlineData("50%*", "50% DOSE", true)]
    [InlineData("50%*", "50X DOSE", false)]
    [InlineData("A_B*", "A_B1", true)]
    [InlineData("A_B*", "AXB1", false)]
    [InlineData("[X]*", "[X]1", true)]
    [InlineData("[X]*", "X1", false)]
    [InlineData("A.B*", "A.BC", true)]
    [InlineData("A.B*", "AXBC", false)]
    [InlineData("(A+)?", "(A+)B", true)]
    [InlineData("(A+)?", "AAB", false)]
    [InlineData("^$*", "^$1", true)]
    public void Wildcard_RegexAndSqlMetacharacters_MatchLiterally(string pattern, string stored, bool expected)
    {
        Assert.Equal(expected, KeyMatches(StudyDescription, DicomVR.LO, pattern, stored));
    }

    [Fact]
    public void Wildcard_OnNonPersonName_IsCaseSensitive()
    {
        Assert.False(KeyMatches(StudyDescription, DicomVR.LO, "ct*", "CT HEAD"));
    }

    [Fact]
    public void Wildcard_AbsentAttribute_DoesNotMatch()
    {
        Assert.False(Condition(StudyDescription, DicomVR.LO, "CT*").Matches(new DicomDataset()));
    }

    [Fact]
    public void Wildcard_QuestionMark_MatchesOneCharacterOutsideTheBasicPlane()
    {
        var candidate = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"), (StudyDescription, DicomVR.LO, "A\U0001F600B"));
        var identifier = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"), (StudyDescription, DicomVR.LO, "A?B"));

        Assert.True(DicomQuery.Parse(identifier).Matches(candidate));
    }

    [Fact]
    public void Wildcard_MultiValuedCandidate_MatchesWhenAnyValueMatches()
    {
        Assert.True(KeyMatches(ModalitiesInStudy, DicomVR.CS, "M?", @"CT\MR"));
        Assert.False(KeyMatches(ModalitiesInStudy, DicomVR.CS, "U?", @"CT\MR"));
    }

    [Theory]
    [InlineData("ABC*", true, "ABC")]
    [InlineData("ABC**", true, "ABC")]
    [InlineData("AB?C*", false, "AB")]
    [InlineData("*ABC", false, "")]
    [InlineData("AB*C", false, "AB")]
    public void Wildcard_PrefixHelper_RecognisesPurePrefixPatterns(string pattern, bool isPrefix, string prefix)
    {
        var condition = new WildcardMatch(StudyDescription, DicomVR.LO, pattern);

        Assert.Equal(isPrefix, condition.IsPrefixPattern);
        Assert.Equal(prefix, condition.LiteralPrefix);
    }
}
