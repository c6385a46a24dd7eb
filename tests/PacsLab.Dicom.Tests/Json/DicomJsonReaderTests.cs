using System.Text;
using PacsLab.Dicom;

namespace PacsLab.Dicom.Tests.Json;

public class DicomJsonReaderTests
{
    private const string PydicomFiles = "/usr/lib/python3/dist-packages/pydicom/data/test_files/";

    private static byte[] Bytes(DicomDataset dataset, DicomTag tag) => Assert.IsType<DicomElement>(dataset[tag]).Value.ToArray();

    [Fact]
    public void Read_TextAndNumbers_TakesVrFromJson()
    {
        var dataset = DicomJsonReader.Read("""
            {"00100020": {"vr": "LO", "Value": ["PAT-001"]},
             "00280010": {"vr": "US", "Value": [512]},
             "00201002": {"vr": "IS", "Value": [714]},
             "00101030": {"vr": "DS", "Value": [87.09]}}
            """);

        Assert.Equal("PAT-001", dataset.GetString(DicomTags.PatientID));
        Assert.Same(DicomVR.US, dataset[new DicomTag(0x0028, 0x0010)]!.VR);
        Assert.Equal(512, dataset.GetNumber<int>(new DicomTag(0x0028, 0x0010)));
        Assert.Equal("714", dataset.GetString(new DicomTag(0x0020, 0x1002)));
        Assert.Equal("87.09", dataset.GetString(new DicomTag(0x0010, 0x1030)));
    }

    [Fact]
    public void Read_AsciiTextWithoutCharacterSet_AddsNoCharacterSet()
    {
        var dataset = DicomJsonReader.Read("""{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John"}]}}""");

        Assert.False(dataset.Contains(DicomTags.SpecificCharacterSet));
        Assert.Equal("Doe^John"u8.ToArray(), Bytes(dataset, DicomTags.PatientName));
    }

    [Fact]
    public void Read_NonAsciiTextWithoutCharacterSet_EncodesUtf8AndSetsIsoIr192()
    {
        var dataset = DicomJsonReader.Read("""{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Müller^Jürgen"}]}}""");

        Assert.Equal("ISO_IR 192", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal(Encoding.UTF8.GetBytes("Müller^Jürgen"), Bytes(dataset, DicomTags.PatientName));
        Assert.Equal("Müller^Jürgen", dataset.GetString(DicomTags.PatientName));
    }

    [Fact]
    public void Read_LatinTextInLatinCharacterSet_KeepsTheCharacterSet()
    {
        var dataset = DicomJsonReader.Read("""
            {"00080005": {"vr": "CS", "Value": ["ISO_IR 100"]},
             "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Müller^Jürgen"}]}}
            """);

        Assert.Equal("ISO_IR 100", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal(Encoding.Latin1.GetBytes("Müller^Jürgen"), Bytes(dataset, DicomTags.PatientName));
    }

    [Fact]
    public void Read_TextTheNamedCharacterSetCannotHold_SwitchesToUtf8()
    {
        var dataset = DicomJsonReader.Read("""
            {"00080005": {"vr": "CS", "Value": ["ISO_IR 100"]},
             "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Yamada^Tarou", "Ideographic": "山田^太郎"}]},
             "00100020": {"vr": "LO", "Value": ["Müller"]}}
            """);

        Assert.Equal("ISO_IR 192", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal("Yamada^Tarou=山田^太郎", dataset.GetString(DicomTags.PatientName));
        Assert.Equal(Encoding.UTF8.GetBytes("Müller"), Bytes(dataset, DicomTags.PatientID));
    }

    [Fact]
    public void Read_JapaneseInIso2022_KeepsTheCharacterSetAndItsEscapes()
    {
        var dataset = DicomJsonReader.Read("""
            {"00080005": {"vr": "CS", "Value": [null, "ISO 2022 IR 87"]},
             "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Yamada^Tarou", "Ideographic": "山田^太郎"}]}}
            """);

        Assert.Equal(["", "ISO 2022 IR 87"], dataset.GetStrings(DicomTags.SpecificCharacterSet));
        Assert.Equal("Yamada^Tarou=山田^太郎", dataset.GetString(DicomTags.PatientName));
        Assert.Contains((byte)0x1B, Bytes(dataset, DicomTags.PatientName)); // ESC $ B switches to JIS X 0208
    }

    [Fact]
    public void Read_CharacterSetListedLast_StillEncodesTextBeforeIt()
    {
        var dataset = DicomJsonReader.Read("""
            {"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Müller"}]},
             "00080005": {"vr": "CS", "Value": ["ISO_IR 100"]}}
            """);

        Assert.Equal("ISO_IR 100", dataset.GetString(DicomTags.SpecificCharacterSet));
        Assert.Equal(Encoding.Latin1.GetBytes("Müller"), Bytes(dataset, DicomTags.PatientName));
    }

    [Fact]
    public void Read_NullAndMissingValues_GiveEmptyValues()
    {
        var dataset = DicomJsonReader.Read("""
            {"00080008": {"vr": "CS", "Value": ["ORIGINAL", null, "AXIAL"]},
             "00080090": {"vr": "PN"},
             "00100030": {"vr": "DA", "Value": [""]}}
            """);

        Assert.Equal(["ORIGINAL", "", "AXIAL"], dataset.GetStrings(new DicomTag(0x0008, 0x0008)));
        Assert.Empty(Bytes(dataset, new DicomTag(0x0008, 0x0090)));
        Assert.Empty(Bytes(dataset, new DicomTag(0x0010, 0x0030)));
    }

    [Theory]
    [InlineData("0.12345678901234567", "0.12345678901235")]
    [InlineData("1e3", "1e3")]
    public void Read_DecimalStringNumber_FitsSixteenCharacters(string literal, string expected)
    {
        var dataset = DicomJsonReader.Read("""{"00180050": {"vr": "DS", "Value": [""" + literal + "]}}");

        Assert.Equal(expected, dataset.GetString(new DicomTag(0x0018, 0x0050)));
    }

    [Fact]
    public void Read_IntegerStringWrittenAsWholeFloat_BecomesInteger()
    {
        var dataset = DicomJsonReader.Read("""{"00201002": {"vr": "IS", "Value": [714.0, "12"]}}""");

        Assert.Equal(["714", "12"], dataset.GetStrings(new DicomTag(0x0020, 0x1002)));
    }

    [Fact]
    public void Read_BulkDataUri_UsesTheResolver()
    {
        const string json = """{"7FE00010": {"vr": "OW", "BulkDataURI": "https://pacs.example/bulk/1"}}""";
        var options = new DicomJsonReaderOptions { BulkDataResolver = (tag, vr, uri) => uri.EndsWith("/1", StringComparison.Ordinal) ? new byte[] { 1, 2 } : default };

        Assert.Equal([1, 2], Bytes(DicomJsonReader.Read(json, options), DicomTags.PixelData));
        Assert.Empty(Bytes(DicomJsonReader.Read(json), DicomTags.PixelData));
    }

    [Fact]
    public void Read_AttributeNameThatIsNoTag_ThrowsWithTheName()
    {
        var ex = Assert.Throws<FormatException>(() => DicomJsonReader.Read("""{"PatientName": {"vr": "PN"}}"""));

        Assert.Contains("'PatientName' is not a DICOM JSON attribute name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NumberTooBigForUS_ThrowsNamingTheElement()
    {
        var ex = Assert.Throws<FormatException>(() => DicomJsonReader.Read("""{"00280010": {"vr": "US", "Value": [70000]}}"""));

        Assert.StartsWith("(0028,0010) US:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadValueInsideItem_ThrowsWithThePathOfTags()
    {
        var ex = Assert.Throws<FormatException>(() => DicomJsonReader.Read(
            """{"00400275": {"vr": "SQ", "Value": [{"00280010": {"vr": "US", "Value": ["many"]}}]}}"""));

        Assert.StartsWith("(0040,0275) SQ: (0028,0010) US:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownVr_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => DicomJsonReader.Read("""{"00100010": {"vr": "XX", "Value": ["a"]}}"""));

        Assert.Contains("\"XX\" is not one of the 34 DICOM VRs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadArray_SearchResponse_GivesEachDataSet()
    {
        var datasets = DicomJsonReader.ReadArray("""[{"00100020": {"vr": "LO", "Value": ["A"]}}, {"00100020": {"vr": "LO", "Value": ["B"]}}]""");

        Assert.Equal(["A", "B"], datasets.Select(d => d.GetString(DicomTags.PatientID)));
    }

    [SkippableFact]
    public async Task ReadAsync_PydicomTest1Json_ReadsValuesSequencesAndBulkData()
    {
        var path = PydicomFiles + "test1.json";
        Skip.IfNot(File.Exists(path), "pydicom's test files are not installed (Debian package python3-pydicom).");
        await using var stream = File.OpenRead(path);

        var dataset = await DicomJsonReader.ReadAsync(stream);

        Assert.Equal("1.2.840.10008.5.1.4.1.1.4", dataset.GetString(DicomTags.SOPClassUID));
        Assert.Equal(714, dataset.GetNumber<int>(new DicomTag(0x0020, 0x1002)));
        Assert.Equal(87.09, dataset.GetNumber<double>(new DicomTag(0x0010, 0x1030)));
        Assert.Equal("GEMS_SERS_01", dataset.GetString(new DicomTag(0x0025, 0x0010)));
        Assert.Equal(714, dataset.GetNumber<int>(new DicomTag(0x0025, 0x1007)));
        Assert.Equal([128, 0, 0, 32], dataset.GetNumbers<int>(new DicomTag(0x0018, 0x1310))); // the JSON ends with a null
        Assert.Same(DicomVR.OW, dataset[DicomTags.PixelData]!.VR);
        Assert.Empty(Bytes(dataset, DicomTags.PixelData));
        var methods = Assert.IsType<DicomSequence>(dataset[new DicomTag(0x0012, 0x0064)]).Items;
        Assert.Equal(9, methods.Count);
        Assert.Equal("113100", methods[0].GetString(new DicomTag(0x0008, 0x0100)));
    }

    [SkippableFact]
    public void Read_PydicomTestPnJson_ReadsNamesInNestedSequences()
    {
        var path = PydicomFiles + "test_PN.json";
        Skip.IfNot(File.Exists(path), "pydicom's test files are not installed (Debian package python3-pydicom).");

        var dataset = DicomJsonReader.Read(File.ReadAllText(path));

        Assert.Equal("Prostate^Volunteer", dataset.GetString(DicomTags.PatientName));
        Assert.Empty(Bytes(dataset, new DicomTag(0x0008, 0x0090)));
        var original = Assert.Single(Assert.IsType<DicomSequence>(dataset[new DicomTag(0x0400, 0x0561)]).Items);
        var modified = Assert.Single(Assert.IsType<DicomSequence>(original[new DicomTag(0x0400, 0x0550)]).Items);
        Assert.Equal("051Y", modified.GetString(new DicomTag(0x0010, 0x1010)));
        Assert.Equal("M", modified.GetString(new DicomTag(0x0010, 0x0040)));
    }
}
