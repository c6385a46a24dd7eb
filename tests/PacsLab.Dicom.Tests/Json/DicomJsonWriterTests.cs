using System.Text.Json;
using PacsLab.Dicom;

namespace PacsLab.Dicom.Tests.Json;

public class DicomJsonWriterTests
{
    private static JsonElement Attribute(DicomDataset dataset, DicomTag tag, DicomJsonOptions? options = null)
    {
        using var document = JsonDocument.Parse(DicomJsonWriter.ToJson(dataset, options));
        return document.RootElement.GetProperty(DicomJsonWriter.Key(tag)).Clone();
    }

    [Fact]
    public void ToJson_TextElement_WritesVrAndValueArray()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PAT-001");

        Assert.Equal("{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"PAT-001\"]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void Key_PrivateTag_IsEightUpperCaseHexDigits()
    {
        Assert.Equal("0009101A", DicomJsonWriter.Key(new DicomTag(0x0009, 0x101A)));
    }

    [Fact]
    public void ToJson_PersonNameWithThreeGroups_WritesAlphabeticIdeographicPhonetic()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Yamada^Tarou=山田^太郎=やまだ^たろう");

        var name = Attribute(dataset, DicomTags.PatientName).GetProperty("Value")[0];

        Assert.Equal("Yamada^Tarou", name.GetProperty("Alphabetic").GetString());
        Assert.Equal("山田^太郎", name.GetProperty("Ideographic").GetString());
        Assert.Equal("やまだ^たろう", name.GetProperty("Phonetic").GetString());
        Assert.Contains("山田", DicomJsonWriter.ToJson(dataset), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_PersonNameWithOnlyAlphabetic_LeavesOtherGroupsOut()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Doe^John");

        Assert.Equal("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Doe^John\"}]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Theory]
    [InlineData("5.000000", "5.000000")]
    [InlineData("-1.5e-3", "-1.5e-3")]
    [InlineData(" 120 ", "120")]
    [InlineData("+5", "5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("007", "7")]
    [InlineData("-0.25E+02", "-0.25E+02")]
    public void ToJson_DecimalString_WritesJsonNumberKeepingDigits(string value, string expectedJson)
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0018, 0x0050), DicomVR.DS, value);

        Assert.Equal($"{{\"00180050\":{{\"vr\":\"DS\",\"Value\":[{expectedJson}]}}}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_DecimalStringThatIsNoNumber_KeepsTextAsString()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0018, 0x0050), DicomVR.DS, "abc");

        Assert.Equal("abc", Attribute(dataset, new DicomTag(0x0018, 0x0050)).GetProperty("Value")[0].GetString());
    }

    [Fact]
    public void ToJson_IntegerStrings_WriteJsonNumbers()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0020, 0x1002), DicomVR.IS, "+12", "-3");

        Assert.Equal("{\"00201002\":{\"vr\":\"IS\",\"Value\":[12,-3]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_BinaryNumbers_WriteJsonNumbers()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0028, 0x0106), DicomVR.SS, (short)-2000)
            .AddOrUpdate(new DicomTag(0x0028, 0x1101), DicomVR.US, (ushort)4096, (ushort)0, (ushort)16)
            .AddOrUpdate(new DicomTag(0x0072, 0x0083), DicomVR.UV, ulong.MaxValue)
            .AddOrUpdate(new DicomTag(0x0018, 0x9306), DicomVR.FD, 0.625);

        Assert.Equal(
            "{\"00189306\":{\"vr\":\"FD\",\"Value\":[0.625]},\"00280106\":{\"vr\":\"SS\",\"Value\":[-2000]}," +
            "\"00281101\":{\"vr\":\"US\",\"Value\":[4096,0,16]},\"00720083\":{\"vr\":\"UV\",\"Value\":[18446744073709551615]}}",
            DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_NotANumberFloat_WritesString()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0018, 0x9306), DicomVR.FD, double.NaN, double.PositiveInfinity);

        Assert.Equal("{\"00189306\":{\"vr\":\"FD\",\"Value\":[\"NaN\",\"Infinity\"]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_AttributeTag_WritesHexString()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomBinary.FromTags(new DicomTag(0x0028, 0x0009), [new DicomTag(0x3004, 0x000C)]));

        Assert.Equal("{\"00280009\":{\"vr\":\"AT\",\"Value\":[\"3004000C\"]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_EmptyElementAndEmptySequence_HaveNoValue()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0008, 0x0090), DicomVR.PN, ReadOnlyMemory<byte>.Empty)
            .AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1140)));

        Assert.Equal("{\"00080090\":{\"vr\":\"PN\"},\"00081140\":{\"vr\":\"SQ\"}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_EmptyValueAmongSeveral_WritesNull()
    {
        var dataset = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x0008), DicomVR.CS, "ORIGINAL", "", "AXIAL");

        Assert.Equal("{\"00080008\":{\"vr\":\"CS\",\"Value\":[\"ORIGINAL\",null,\"AXIAL\"]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_OtherByte_WritesInlineBinaryBase64()
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 0x00, 0x01, 0x02 });

        Assert.Equal("{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"AAEC\"}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_BulkDataUriCallback_WritesUriInsteadOfBytes()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[1024])
            .AddOrUpdate(new DicomTag(0x0042, 0x0011), DicomVR.OB, new byte[] { 1 });
        var options = new DicomJsonOptions { BulkDataUri = item => item.Tag == DicomTags.PixelData ? "https://pacs.example/bulk/7FE00010" : null };

        var json = DicomJsonWriter.ToJson(dataset, options);

        Assert.Equal("{\"00420011\":{\"vr\":\"OB\",\"InlineBinary\":\"AQ==\"},\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"https://pacs.example/bulk/7FE00010\"}}", json);
    }

    [Fact]
    public void ToJson_Sequence_WritesItemsAsObjects()
    {
        var item = new DicomDataset().AddOrUpdate(new DicomTag(0x0008, 0x1150), DicomVR.UI, "1.2.3");
        var dataset = new DicomDataset().AddOrUpdate(new DicomSequence(new DicomTag(0x0008, 0x1115), item, new DicomDataset()));

        Assert.Equal("{\"00081115\":{\"vr\":\"SQ\",\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}},{}]}}", DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_PrivateCreatorAndData_AreKept()
    {
        var dataset = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0009, 0x0010), DicomVR.LO, "ACME_01")
            .AddOrUpdate(new DicomTag(0x0009, 0x1001), DicomVR.UN, new byte[] { 0x41, 0x42 });

        Assert.Equal("{\"00090010\":{\"vr\":\"LO\",\"Value\":[\"ACME_01\"]},\"00091001\":{\"vr\":\"UN\",\"InlineBinary\":\"QUI=\"}}",
            DicomJsonWriter.ToJson(dataset));
    }

    [Fact]
    public void ToJson_ListOfDataSets_WritesArray()
    {
        var first = new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "A");
        var second = new DicomDataset().AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "B");

        Assert.Equal("[{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"A\"]}},{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"B\"]}}]",
            DicomJsonWriter.ToJson([first, second]));
    }
}
