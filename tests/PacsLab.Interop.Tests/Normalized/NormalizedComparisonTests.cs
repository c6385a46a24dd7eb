using PacsLab.Dicom;

namespace PacsLab.Interop.Tests;

/// <summary>The comparison the interop tests rely on must notice a changed, missing or re-typed value.</summary>
public sealed class NormalizedComparisonTests
{
    private static List<NormalizedElement> Rich() => PacsLabValues.Normalize(RichDataset.Build(RichDataset.Utf8), implicitVR: false);

    [Fact]
    public void Differences_SameDataset_None()
    {
        Assert.Empty(NormalizedComparison.Differences(Rich(), Rich()));
    }

    [Fact]
    public void Differences_NestedTextChanged_ReportsPathAndBothValues()
    {
        var changed = RichDataset.Build(RichDataset.Utf8);
        var item = ((DicomSequence)changed[new DicomTag(0x0008, 0x1115)]!).Items[0];
        item.AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, "2.25.7");

        var differences = NormalizedComparison.Differences(Rich(), PacsLabValues.Normalize(changed, implicitVR: false));

        var difference = Assert.Single(differences);
        Assert.StartsWith("(0008,1115)[0](0020,000E): ours UI text", difference);
        Assert.Contains("\"2.25.7\"", difference);
    }

    [Fact]
    public void Differences_ElementMissingAndVrChanged_ReportsBoth()
    {
        var changed = RichDataset.Build(RichDataset.Utf8);
        changed.Remove(DicomTags.PatientID);
        changed.AddOrUpdate(new DicomTag(0x0018, 0x9219), DicomVR.US, (ushort)1234);

        var differences = NormalizedComparison.Differences(Rich(), PacsLabValues.Normalize(changed, implicitVR: false));

        Assert.Equal(2, differences.Count);
        Assert.Contains(differences, d => d.StartsWith("(0010,0020): ours LO text", StringComparison.Ordinal) && d.EndsWith("missing in peer", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("(0018,9219): ours SS number [\"-32768\", \"1234\"] | peer US number [\"1234\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PythonNumbersAndText_CanonicalLikeOurs()
    {
        var readings = PydicomValues.Parse(
            "{\"file\": \"f\", \"status\": \"ok\"}\n" +
            "{\"file\": \"f\", \"path\": \"(0018,1320)\", \"vr\": \"FL\", \"kind\": \"number\", \"value\": [3.1415927410125732, -0.0]}\n" +
            "{\"file\": \"f\", \"path\": \"(0072,0083)\", \"vr\": \"UV\", \"kind\": \"number\", \"value\": [18446744073709551615]}\n" +
            "{\"file\": \"f\", \"path\": \"(0010,0010)\", \"vr\": \"PN\", \"kind\": \"text\", \"value\": [\"A^B= \"]}\n");

        var elements = readings["f"].Elements;

        Assert.Equal(["3.1415927410125732", "-0"], elements[0].Values);
        Assert.Equal(["18446744073709551615"], elements[1].Values);
        Assert.Equal(["A^B"], elements[2].Values);
        Assert.Equal(CanonicalValue.Real(3.1415927f), elements[0].Values[0]);
    }
}
