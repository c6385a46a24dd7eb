using PacsLab.Dicom.Query;
using static PacsLab.Dicom.Tests.Query.QueryTestData;

namespace PacsLab.Dicom.Tests.Query;

public class PersonNameMatchingTests
{
    private static readonly DicomQueryOptions CaseSensitive = new() { CaseSensitivePersonNames = true };

    [Fact]
    public void PersonName_SingleValue_IgnoresCaseByDefault()
    {
        Assert.True(KeyMatches(DicomTags.PatientName, DicomVR.PN, "doe^john", "DOE^JOHN"));
    }

    [Fact]
    public void PersonName_SingleValue_WithCaseSensitiveOption_RequiresSameCase()
    {
        Assert.False(KeyMatches(DicomTags.PatientName, DicomVR.PN, "doe^john", "DOE^JOHN", CaseSensitive));
        Assert.True(KeyMatches(DicomTags.PatientName, DicomVR.PN, "DOE^JOHN", "DOE^JOHN", CaseSensitive));
    }

    [Fact]
    public void PersonName_Wildcard_IgnoresCaseByDefault()
    {
        Assert.True(KeyMatches(DicomTags.PatientName, DicomVR.PN, "doe*", "DOE^JOHN"));
        Assert.False(KeyMatches(DicomTags.PatientName, DicomVR.PN, "doe*", "DOE^JOHN", CaseSensitive));
    }

    [Fact]
    public void PersonName_NonAsciiLetters_IgnoreCase()
    {
        var candidate = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100"), (DicomTags.PatientName, DicomVR.PN, "BUC^JÉRÔME"));
        var identifier = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100"), (DicomTags.PatientName, DicomVR.PN, "Buc^Jérôme"));

        Assert.True(DicomQuery.Parse(identifier).Matches(candidate));
    }

    [Fact]
    public void PersonName_SingleValue_ComparesWholeNameNotFamilyName()
    {
        Assert.False(KeyMatches(DicomTags.PatientName, DicomVR.PN, "DOE", "DOE^JOHN"));
    }

    [Fact]
    public void PersonName_TrailingEmptyComponents_AreIgnored()
    {
        Assert.True(KeyMatches(DicomTags.PatientName, DicomVR.PN, "DOE^JOHN", "DOE^JOHN^^"));
    }

    [Theory]
    [InlineData("YAMADA^TAROU", true)]
    [InlineData("*^TAROU", true)]
    [InlineData("*郎", false)]
    [InlineData("*=山田^太郎", true)]
    public void PersonName_KeyWithoutEquals_IsComparedWithAlphabeticGroupOnly(string key, bool expected)
    {
        var candidate = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"), (DicomTags.PatientName, DicomVR.PN, "Yamada^Tarou=山田^太郎"));
        var identifier = Data((DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"), (DicomTags.PatientName, DicomVR.PN, key));

        Assert.Equal(expected, DicomQuery.Parse(identifier).Matches(candidate));
    }
}
