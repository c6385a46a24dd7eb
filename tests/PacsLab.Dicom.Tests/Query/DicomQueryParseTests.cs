using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class DicomQueryParseTests
{
    [Fact]
    public void Parse_ZeroLengthKey_IsUniversal()
    {
        Assert.Equal(new UniversalMatch(DicomTags.PatientName, DicomVR.PN), Condition(DicomTags.PatientName, DicomVR.PN, ""));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    public void Parse_OnlyStarsOnCs_IsUniversal(string key)
    {
        Assert.IsType<UniversalMatch>(Condition(DicomTags.Modality, DicomVR.CS, key));
    }

    [Fact]
    public void Parse_StarInUid_IsLiteralSingleValue()
    {
        var condition = Condition(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.*");
        Assert.Equal(new SingleValueMatch(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.*"), condition);
        Assert.False(condition.Matches(Data((DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3"))));
        Assert.True(condition.Matches(Data((DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.*"))));
    }

    [Fact]
    public void Parse_QuestionMarkOnIntegerString_IsLiteralSingleValue()
    {
        Assert.IsType<SingleValueMatch>(Condition(SeriesNumber, DicomVR.IS, "1?"));
    }

    [Fact]
    public void Parse_StarOnDate_ThrowsSayingWildcardsAreNotAllowed()
    {
        var ex = Assert.Throws<DicomQueryException>(() => Condition(StudyDate, DicomVR.DA, "2024*"));
        Assert.Equal(StudyDate, ex.Tag);
        Assert.Equal("StudyDate", ex.Keyword);
        Assert.Equal("2024*", ex.Value);
        Assert.Contains("StudyDate (0008,0020) = '2024*'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Wildcards * and ? are not allowed on DA", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StarOnlyOnDate_IsNotUniversal()
    {
        Assert.Throws<DicomQueryException>(() => Condition(StudyDate, DicomVR.DA, "*"));
    }

    [Fact]
    public void Parse_WildcardOnLongString_IsWildcardMatch()
    {
        Assert.Equal(new WildcardMatch(StudyDescription, DicomVR.LO, "CT*HEAD"), Condition(StudyDescription, DicomVR.LO, "CT*HEAD"));
    }

    [Fact]
    public void Parse_DashOnLongString_IsSingleValueNotRange()
    {
        Assert.Equal(new SingleValueMatch(DicomTags.PatientID, DicomVR.LO, "A-B"), Condition(DicomTags.PatientID, DicomVR.LO, "A-B"));
    }

    [Fact]
    public void Parse_DashOnDate_IsRange()
    {
        var range = Assert.IsType<RangeMatch>(Condition(StudyDate, DicomVR.DA, "20240101-20240131"));
        Assert.Equal("20240101", range.Lower);
        Assert.Equal("20240131", range.Upper);
    }

    [Fact]
    public void Parse_DateWithoutDash_IsSingleValue()
    {
        Assert.Equal(new SingleValueMatch(StudyDate, DicomVR.DA, "20240131"), Condition(StudyDate, DicomVR.DA, "20240131"));
    }

    [Fact]
    public void Parse_SeveralUids_IsUidList()
    {
        var list = Assert.IsType<UidListMatch>(Condition(DicomTags.StudyInstanceUID, DicomVR.UI, @"1.2.3\1.2.4"));
        Assert.Equal(["1.2.3", "1.2.4"], list.Uids);
    }

    [Fact]
    public void Parse_TwoQuotationMarks_IsEmptyValueMatch()
    {
        Assert.Equal(new EmptyValueMatch(AccessionNumber, DicomVR.SH), Condition(AccessionNumber, DicomVR.SH, "\"\""));
        Assert.IsType<EmptyValueMatch>(Condition(StudyDate, DicomVR.DA, "\"\""));
    }

    [Fact]
    public void Parse_LevelCharacterSetAndMetaElements_AreNotConditions()
    {
        var identifier = Data(
            (DicomTags.TransferSyntaxUID, DicomVR.UI, "1.2.840.10008.1.2.1"),
            (DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100"),
            (QueryRetrieveLevel, DicomVR.CS, "STUDY"),
            (DicomTags.PatientID, DicomVR.LO, "P1"));

        var query = DicomQuery.Parse(identifier);

        Assert.Equal([DicomTags.PatientID], query.Conditions.Select(c => c.Tag));
        Assert.Equal("STUDY", query.QueryRetrieveLevel);
        Assert.Equal(["ISO_IR 100"], query.CharacterSet.Terms);
    }

    [Fact]
    public void Parse_WithoutLevel_LevelIsNull()
    {
        Assert.Null(DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, "P1"))).QueryRetrieveLevel);
    }

    [Fact]
    public void Parse_Conditions_AreInTagOrder()
    {
        var identifier = Data(
            (DicomTags.StudyInstanceUID, DicomVR.UI, ""),
            (DicomTags.PatientName, DicomVR.PN, "DOE*"),
            (StudyDate, DicomVR.DA, "20240101-"));

        var tags = DicomQuery.Parse(identifier).Conditions.Select(c => c.Tag).ToArray();

        Assert.Equal([StudyDate, DicomTags.PatientName, DicomTags.StudyInstanceUID], tags);
    }

    [Fact]
    public void Parse_SeveralValuesOnCodeString_IsListOfAlternatives()
    {
        var multiple = Assert.IsType<MultipleValueMatch>(Condition(DicomTags.Modality, DicomVR.CS, @"CT\M?"));
        Assert.Equal(
            [new SingleValueMatch(DicomTags.Modality, DicomVR.CS, "CT"), new WildcardMatch(DicomTags.Modality, DicomVR.CS, "M?")],
            multiple.Alternatives);
    }

    [Fact]
    public void Parse_ListHoldingStar_IsUniversal()
    {
        Assert.IsType<UniversalMatch>(Condition(DicomTags.Modality, DicomVR.CS, @"CT\*"));
    }

    [Fact]
    public void Parse_NonEmptyOtherByteKey_IsReturnKeyListedAsUnsupported()
    {
        var tag = new DicomTag(0x0029, 0x1010);
        var identifier = new DicomDataset().AddOrUpdate(tag, DicomVR.OB, new byte[] { 1, 2 });

        var query = DicomQuery.Parse(identifier);

        Assert.IsType<UniversalMatch>(Assert.Single(query.Conditions));
        Assert.Equal([tag], query.UnsupportedKeys);
    }

    [Fact]
    public void Parse_PersonName_IgnoresCaseUnlessOptionSaysOtherwise()
    {
        var lenient = Assert.IsType<SingleValueMatch>(Condition(DicomTags.PatientName, DicomVR.PN, "DOE"));
        var strict = Assert.IsType<SingleValueMatch>(Condition(DicomTags.PatientName, DicomVR.PN, "DOE", new DicomQueryOptions { CaseSensitivePersonNames = true }));
        var other = Assert.IsType<SingleValueMatch>(Condition(DicomTags.PatientID, DicomVR.LO, "DOE"));

        Assert.True(lenient.IgnoreCase);
        Assert.False(strict.IgnoreCase);
        Assert.False(other.IgnoreCase);
    }

    [Fact]
    public void Parse_DoesNotKeepReferenceToCallersIdentifier()
    {
        var identifier = Data((DicomTags.PatientID, DicomVR.LO, ""));
        var query = DicomQuery.Parse(identifier);
        identifier.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "");

        var response = query.BuildResponse(Data((DicomTags.PatientName, DicomVR.PN, "DOE")));

        Assert.False(response.Contains(DicomTags.PatientName));
    }

    [Fact]
    public void Matches_AllConditionsMustMatch()
    {
        var query = DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, "P1"), (DicomTags.Modality, DicomVR.CS, "CT")));

        Assert.True(query.Matches(Data((DicomTags.PatientID, DicomVR.LO, "P1"), (DicomTags.Modality, DicomVR.CS, "CT"))));
        Assert.False(query.Matches(Data((DicomTags.PatientID, DicomVR.LO, "P1"), (DicomTags.Modality, DicomVR.CS, "MR"))));
        Assert.False(query.Matches(Data((DicomTags.PatientID, DicomVR.LO, "P2"), (DicomTags.Modality, DicomVR.CS, "CT"))));
    }

    [Fact]
    public void FindCondition_ReturnsConditionOfKeyOrNull()
    {
        var query = DicomQuery.Parse(Data((DicomTags.PatientID, DicomVR.LO, "P1")));

        Assert.Equal(new SingleValueMatch(DicomTags.PatientID, DicomVR.LO, "P1"), query.FindCondition(DicomTags.PatientID));
        Assert.Null(query.FindCondition(DicomTags.PatientName));
    }
}
