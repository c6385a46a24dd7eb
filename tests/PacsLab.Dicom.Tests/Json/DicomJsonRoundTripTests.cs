using PacsLab.Dicom;

namespace PacsLab.Dicom.Tests.Json;

public class DicomJsonRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadWrittenJson_EveryVR_GivesBackTheSameValues(bool indented)
    {
        var original = DicomJsonTestData.EveryVR();

        var json = DicomJsonWriter.ToJson(original, new DicomJsonOptions { WriteIndented = indented });
        var read = DicomJsonReader.Read(json);

        DicomJsonTestData.AssertEquivalent(original, read);
    }

    [Fact]
    public void ReadWrittenJson_Twice_GivesTheSameJson()
    {
        var json = DicomJsonWriter.ToJson(DicomJsonTestData.EveryVR());

        Assert.Equal(json, DicomJsonWriter.ToJson(DicomJsonReader.Read(json)));
    }

    [Fact]
    public void ReadWrittenJson_NestedItemText_UsesTheInheritedCharacterSet()
    {
        var read = DicomJsonReader.Read(DicomJsonWriter.ToJson(DicomJsonTestData.EveryVR()));

        var request = Assert.IsType<DicomSequence>(read[DicomJsonTestData.RequestAttributesSequence]).Items[0];
        var code = Assert.IsType<DicomSequence>(request[new DicomTag(0x0040, 0x0008)]).Items[0];
        Assert.Equal("Kopf – 頭部", code.GetString(new DicomTag(0x0008, 0x0104)));
        Assert.Equal("Kopf – 頭部"u8.ToArray(), Assert.IsType<DicomElement>(code[new DicomTag(0x0008, 0x0104)]).Value.ToArray());
    }

    [Fact]
    public void ReadWrittenJson_PersonNameGroups_ComeBackInOrder()
    {
        var read = DicomJsonReader.Read(DicomJsonWriter.ToJson(DicomJsonTestData.EveryVR()));

        var name = read.GetPersonName(DicomTags.PatientName)!;
        Assert.Equal("Yamada", name.Alphabetic.FamilyName);
        Assert.Equal("太郎", name.Ideographic.GivenName);
        Assert.Equal("やまだ", name.Phonetic.FamilyName);
        Assert.Equal(["Smith^Ann", "Jones^Bob^^Dr."], read.GetStrings(new DicomTag(0x0008, 0x1070)));
    }

    [Fact]
    public void ReadWrittenJson_LargeIntegers_StayExact()
    {
        var read = DicomJsonReader.Read(DicomJsonWriter.ToJson(DicomJsonTestData.EveryVR()));

        Assert.Equal([long.MinValue, 9_007_199_254_740_993L], read.GetNumbers<long>(new DicomTag(0x0072, 0x0082)));
        Assert.Equal(ulong.MaxValue, read.GetNumber<ulong>(new DicomTag(0x0072, 0x0083)));
    }
}
