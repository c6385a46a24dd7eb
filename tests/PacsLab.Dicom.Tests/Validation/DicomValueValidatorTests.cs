using static PacsLab.Dicom.Tests.Validation.ValidationTestData;
using Kind = PacsLab.Dicom.DicomValidationProblemKind;

namespace PacsLab.Dicom.Tests.Validation;

public class DicomValueValidatorTests
{
    [Theory]
    [InlineData("AE", "STORESCU")]
    [InlineData("AE", " CT_1 ")]
    [InlineData("AS", "045Y")]
    [InlineData("AS", "003D")]
    [InlineData("CS", "ORIGINAL\\PRIMARY\\AXIAL")]
    [InlineData("CS", "DERIVED_2 X")]
    [InlineData("DA", "20240229")]
    [InlineData("DS", "-1.5E-3\\ 12 \\.5\\1.\\+7")]
    [InlineData("DT", "2024")]
    [InlineData("DT", "20240131143005.123456+0100")]
    [InlineData("DT", "20240131143005-1200")]
    [InlineData("DT", "202401311430+1400")]
    [InlineData("IS", "-2147483648\\2147483647\\+12\\ 7 ")]
    [InlineData("LO", "Head \x1B(B CT")]
    [InlineData("LT", "line 1\r\nline 2\twith \\ backslash")]
    [InlineData("PN", "Doe^John^^Dr^Jr")]
    [InlineData("SH", "ABCDEFGHIJKLMNOP")]
    [InlineData("ST", "Findings:\r\n\tnone")]
    [InlineData("TM", "07\\0730\\073015\\073015.123456\\235960")]
    [InlineData("UC", "any length of text, no limit\\second value")]
    [InlineData("UI", "1.2.840.10008.1.2.1\0")]
    [InlineData("UR", "http://example.com/wado?a=1&b=%20x#f")]
    [InlineData("UR", "http://example.com/  ")]
    [InlineData("UT", "free text \\ with backslash\nand lines")]
    [InlineData("CS", "")]
    [InlineData("DA", "        ")]
    public void Validate_ConformingValue_ReportsNothing(string vr, string value)
    {
        Assert.Empty(Check(Element(vr, value)));
    }

    [Theory]
    [InlineData("AE", "CT\u0001A", Kind.BadCharacter)]
    [InlineData("AE", "CTÄ", Kind.BadCharacter)]
    [InlineData("AE", "    ", Kind.OnlySpaces)]
    [InlineData("AE", "ABCDEFGHIJKLMNOPQ", Kind.TooLong)]
    [InlineData("AS", "45Y", Kind.BadAgeString)]
    [InlineData("AS", "045y", Kind.BadAgeString)]
    [InlineData("AS", "0450Y", Kind.BadAgeString)]
    [InlineData("CS", "original", Kind.BadCharacter)]
    [InlineData("CS", "MR-1", Kind.BadCharacter)]
    [InlineData("CS", "ABCDEFGHIJKLMNOPQ", Kind.TooLong)]
    [InlineData("DA", "20230229", Kind.BadDate)]
    [InlineData("DA", "20241301", Kind.BadDate)]
    [InlineData("DA", "2024013", Kind.BadDate)]
    [InlineData("DA", "2024.01.31", Kind.BadDate)]
    [InlineData("DA", "20240131-20240201", Kind.BadDate)]
    [InlineData("DA", "00000101", Kind.BadDate)]
    [InlineData("DS", "1,5", Kind.BadNumber)]
    [InlineData("DS", "1 5", Kind.BadNumber)]
    [InlineData("DS", "NaN", Kind.BadNumber)]
    [InlineData("DS", "1.5E", Kind.BadNumber)]
    [InlineData("DS", "12345678901234567", Kind.TooLong)]
    [InlineData("DT", "20240131250000", Kind.BadDateTime)]
    [InlineData("DT", "202401311430.5", Kind.BadDateTime)]
    [InlineData("DT", "20240131+1500", Kind.BadDateTime)]
    [InlineData("DT", "20240131-1201", Kind.BadDateTime)]
    [InlineData("DT", "20240231", Kind.BadDateTime)]
    [InlineData("DT", "20240131-20240201", Kind.BadDateTime)]
    [InlineData("DT", "20", Kind.BadDateTime)]
    [InlineData("IS", "2147483648", Kind.BadNumber)]
    [InlineData("IS", "-2147483649", Kind.BadNumber)]
    [InlineData("IS", "1.0", Kind.BadNumber)]
    [InlineData("IS", "1234567890123", Kind.TooLong)]
    [InlineData("LO", "line\nbreak", Kind.BadCharacter)]
    [InlineData("LO", "tab\there", Kind.BadCharacter)]
    [InlineData("LT", "bell \x07", Kind.BadCharacter)]
    [InlineData("PN", "A=B=C=D", Kind.TooManyComponents)]
    [InlineData("PN", "A^B^C^D^E^F", Kind.TooManyComponents)]
    [InlineData("PN", "Doe\r^John", Kind.BadCharacter)]
    [InlineData("SH", "ABCDEFGHIJKLMNOPQ", Kind.TooLong)]
    [InlineData("ST", "\0", Kind.BadCharacter)]
    [InlineData("TM", "24", Kind.BadTime)]
    [InlineData("TM", "0760", Kind.BadTime)]
    [InlineData("TM", "073061", Kind.BadTime)]
    [InlineData("TM", "07:30:15", Kind.BadTime)]
    [InlineData("TM", "073015.1234567", Kind.BadTime)]
    [InlineData("TM", "0730.5", Kind.BadTime)]
    [InlineData("TM", "073", Kind.BadTime)]
    [InlineData("TM", "073015.123456789", Kind.TooLong)]
    [InlineData("UC", "a\rb", Kind.BadCharacter)]
    [InlineData("UI", "1.2.840.10008.01", Kind.BadUid)]
    [InlineData("UI", "1.2..3", Kind.BadUid)]
    [InlineData("UI", "1.2.3 ", Kind.BadUid)]
    [InlineData("UI", "1.2.840.10008.5.1.4.1.1.2.1234567890.1234567890.12345678901234567", Kind.TooLong)]
    [InlineData("UR", " http://example.com", Kind.BadUri)]
    [InlineData("UR", "http://example.com/a b", Kind.BadUri)]
    [InlineData("UR", "http://example.com/%zz", Kind.BadUri)]
    [InlineData("UR", "C:\\images", Kind.BadUri)]
    [InlineData("UT", "a\u0001b", Kind.BadCharacter)]
    public void Validate_NonConformingValue_ReportsKind(string vr, string value, Kind expected)
    {
        var problems = Check(Element(vr, value));

        Assert.Contains(problems, p => p.Kind == expected);
    }

    [Fact]
    public void Validate_LongTextOverLimit_ReportsTooLongInCharacters()
    {
        Assert.Empty(Check(Element("LO", new string('x', 64))));
        Assert.Contains(Check(Element("LO", new string('x', 65))), p => p.Kind == Kind.TooLong && p.Message.Contains("65 characters"));
        Assert.Empty(Check(Element("ST", new string('x', 1024))));
        Assert.Contains(Check(Element("ST", new string('x', 1025))), p => p.Kind == Kind.TooLong);
        Assert.Empty(Check(Element("LT", new string('x', 10240))));
        Assert.Contains(Check(Element("LT", new string('x', 10241))), p => p.Kind == Kind.TooLong);
    }

    [Fact]
    public void Validate_UnlimitedTextVRs_AcceptVeryLongValues()
    {
        var text = new string('x', 100_000);

        Assert.Empty(Check(Element("UC", text)));
        Assert.Empty(Check(Element("UT", text)));
        Assert.Empty(Check(Element("UR", "http://example.com/" + text)));
    }

    [Fact]
    public void Validate_PersonNameGroupOver64Characters_ReportsTooLongPerGroup()
    {
        var group = new string('A', 60) + "^" + new string('B', 3); // 64 characters

        Assert.Empty(Check(Element("PN", group + "=" + group + "=" + group)));
        var problems = Check(Element("PN", group + "=" + group + "B"));
        var problem = Assert.Single(problems);
        Assert.Equal(Kind.TooLong, problem.Kind);
        Assert.Contains("ideographic group of 65 characters", problem.Message);
    }

    [Fact]
    public void Validate_PersonNameInUtf8_CountsCharactersNotBytes()
    {
        var owner = WithCharacterSet("ISO_IR 192");
        var name = "山田^太郎=やまだ^たろう";
        var element = new DicomElement(AnyTag, DicomVR.PN, System.Text.Encoding.UTF8.GetBytes("Yamada^Tarou=" + name));

        Assert.Empty(Check(element, owner));
    }

    [Fact]
    public void Validate_NonAsciiWithoutSpecificCharacterSet_ReportsBadCharacter()
    {
        var problem = Assert.Single(Check(Element("LO", "Müller")));

        Assert.Equal(Kind.BadCharacter, problem.Kind);
        Assert.Contains("Specific Character Set (0008,0005)", problem.Message);
    }

    [Fact]
    public void Validate_NonAsciiWithLatin1CharacterSet_ReportsNothing()
    {
        Assert.Empty(Check(Element("LO", "Müller"), WithCharacterSet("ISO_IR 100")));
    }

    [Fact]
    public void Validate_TrailingPaddingByte_IsNotCountedButExtraSpacesAre()
    {
        Assert.Empty(Check(Element("SH", new string('A', 15) + " ")));
        Assert.Empty(Check(Element("SH", new string('A', 16))));
        Assert.Contains(Check(Element("SH", new string('A', 16) + "  ")), p => p.Kind == Kind.TooLong);
    }

    [Fact]
    public void Validate_MultiValuedText_ReportsTheValueAtFault()
    {
        var problem = Assert.Single(Check(Element("CS", "ORIGINAL\\primary\\AXIAL")));

        Assert.Equal(1, problem.ValueIndex);
        Assert.Contains("value 2 'primary'", problem.Message);
        Assert.Contains("upper case", problem.Message);
    }

    [Theory]
    [InlineData("US", 4, false)]
    [InlineData("US", 3, true)]
    [InlineData("SS", 1, true)]
    [InlineData("UL", 8, false)]
    [InlineData("SL", 6, true)]
    [InlineData("FL", 4, false)]
    [InlineData("FD", 12, true)]
    [InlineData("FD", 16, false)]
    [InlineData("AT", 6, true)]
    [InlineData("AT", 8, false)]
    [InlineData("SV", 7, true)]
    [InlineData("UV", 8, false)]
    [InlineData("OW", 3, true)]
    [InlineData("OF", 6, true)]
    [InlineData("OD", 16, false)]
    [InlineData("OL", 5, true)]
    [InlineData("OV", 12, true)]
    [InlineData("OB", 3, false)]
    [InlineData("UN", 5, false)]
    public void Validate_BinaryLength_MustBeWholeValues(string vr, int length, bool wrong)
    {
        var problems = Check(new DicomElement(AnyTag, DicomVR.Parse(vr), new byte[length]));

        if (wrong) Assert.Equal(Kind.WrongLength, Assert.Single(problems).Kind);
        else Assert.Empty(problems);
    }

    [Fact]
    public void Validate_OddLengthPixelDataFragment_ReportsWrongLength()
    {
        var pixels = new DicomFragmentSequence(new DicomTag(0x7FE0, 0x0010), DicomVR.OB, Array.Empty<byte>(),
            [new byte[4], new byte[5]]);

        var problem = Assert.Single(Check(pixels));

        Assert.Equal(Kind.WrongLength, problem.Kind);
        Assert.Contains("fragment 2", problem.Message);
    }

    [Fact]
    public void Validate_KnownElement_MessageNamesItAndSaysWhatIsAllowed()
    {
        var lookup = (DicomTag t) => t == DicomTags.StudyDate ? Entry(t, "DA", "1", "Study Date") : null;

        var problem = Assert.Single(Check(Element("DA", "20241301", DicomTags.StudyDate), lookup: lookup));

        Assert.Equal("(0008,0020)", problem.Path);
        Assert.Equal(DicomTags.StudyDate, problem.Tag);
        Assert.Same(DicomVR.DA, problem.VR);
        Assert.Equal(0, problem.ValueIndex);
        Assert.StartsWith("Study Date (0008,0020) DA '20241301' is not a real calendar date", problem.Message);
        Assert.Contains("YYYYMMDD", problem.Message);
    }

    [Theory]
    [InlineData("CS", "ORIGINAL", "2-n", true)]
    [InlineData("CS", "ORIGINAL\\PRIMARY", "2-n", false)]
    [InlineData("DS", "0.5", "2", true)]
    [InlineData("DS", "0.5\\0.5", "2", false)]
    [InlineData("DS", "1\\2\\3", "2-2n", true)]
    [InlineData("DS", "1\\2\\3\\4", "2-2n", false)]
    [InlineData("LO", "A\\B\\C\\D", "1-3", true)]
    [InlineData("LO", "", "1", false)]
    public void Validate_TextValueCount_IsCheckedAgainstDictionaryMultiplicity(string vr, string value, string vm, bool wrong)
    {
        var tag = new DicomTag(0x0018, 0x9999);
        var problems = Check(Element(vr, value, tag), lookup: t => Entry(t, vr, vm, "Test Element"));

        if (wrong)
        {
            var problem = Assert.Single(problems);
            Assert.Equal(Kind.WrongMultiplicity, problem.Kind);
            Assert.Null(problem.ValueIndex);
            Assert.Contains($"value multiplicity of {vm}", problem.Message);
        }
        else Assert.Empty(problems);
    }

    [Fact]
    public void Validate_BinaryValueCount_IsCheckedAgainstDictionaryMultiplicity()
    {
        var rows = new DicomTag(0x0028, 0x0010);
        var lookup = (DicomTag t) => Entry(t, "US", "1", "Rows");

        Assert.Empty(Check(new DicomElement(rows, DicomVR.US, new byte[2]), lookup: lookup));
        var problem = Assert.Single(Check(new DicomElement(rows, DicomVR.US, new byte[4]), lookup: lookup));
        Assert.Equal(Kind.WrongMultiplicity, problem.Kind);
        Assert.Contains("has 2 values", problem.Message);
    }

    [Fact]
    public void Validate_VRTheDictionaryDoesNotList_ReportsUnexpectedVR()
    {
        var lookup = (DicomTag t) => Entry(t, "DA", "1", "Study Date");

        var problem = Assert.Single(Check(Element("LO", "20240131", DicomTags.StudyDate), lookup: lookup));

        Assert.Equal(Kind.UnexpectedVR, problem.Kind);
        Assert.Contains("defines this element as DA", problem.Message);
        Assert.Empty(Check(Element("UN", "20240131", DicomTags.StudyDate), lookup: lookup));
        Assert.Empty(Check(new DicomElement(new DicomTag(0x7FE0, 0x0010), DicomVR.OW, new byte[4]), lookup: t => Entry(t, "OB or OW", "1", "Pixel Data")));
    }

    [Fact]
    public void Validate_DictionaryLookupThatThrows_ReportsUnreadableInsteadOfThrowing()
    {
        var problems = Check(Element("DA", "20240131"), lookup: _ => throw new InvalidOperationException("broken dictionary"));

        var problem = Assert.Single(problems);
        Assert.Equal(Kind.Unreadable, problem.Kind);
        Assert.Contains("broken dictionary", problem.Message);
    }

    [Fact]
    public void Validate_PublicOverload_UsesTagAsPath()
    {
        var owner = new DicomDataset();
        var element = Element("UI", "1.2.03");
        owner.AddOrUpdate(element);

        var problem = Assert.Single(DicomValueValidator.Validate(owner, element));

        Assert.Equal(Kind.BadUid, problem.Kind);
        Assert.Equal("(0011,1010)", problem.Path);
        Assert.Contains("'03'", problem.Message);
    }
}
