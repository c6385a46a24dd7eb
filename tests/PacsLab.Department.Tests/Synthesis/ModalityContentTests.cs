using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Tests.Synthesis;

/// <summary>The pixels and settings that make each modality look like itself.</summary>
public class ModalityContentTests
{
    [Fact]
    public void Mr_T1AndT2Series_FluidDarkOnT1BrightOnT2()
    {
        var study = new StudySynthesizer().Synthesize(TestRequests.For("MR", images: 3));

        var t1 = study.Instances.Where(f => TestRequests.Text(f, "SeriesDescription") == "AX T1 SE").ToList();
        var t2 = study.Instances.Where(f => TestRequests.Text(f, "SeriesDescription") == "AX T2 TSE").ToList();
        Assert.Equal(3, t1.Count);
        Assert.Equal(3, t2.Count);
        Assert.NotEqual(TestRequests.Text(t1[0], "SeriesInstanceUID"), TestRequests.Text(t2[0], "SeriesInstanceUID"));
        Assert.Equal(TestRequests.Text(t1[0], "FrameOfReferenceUID"), TestRequests.Text(t2[0], "FrameOfReferenceUID"));
        Assert.True(TestRequests.Numbers(t1[0], "RepetitionTime")[0] < TestRequests.Numbers(t2[0], "RepetitionTime")[0]);
        Assert.True(TestRequests.Numbers(t1[0], "EchoTime")[0] < TestRequests.Numbers(t2[0], "EchoTime")[0]);

        // The middle slice (z = 15) cuts the lateral ventricles at x = +-10 mm, y = -2 mm; white matter is at x = 40.
        var csfT1 = Mean(t1[1], -10, -2);
        var csfT2 = Mean(t2[1], -10, -2);
        var whiteT1 = Mean(t1[1], 40, 5);
        var whiteT2 = Mean(t2[1], 40, 5);
        Assert.True(csfT1 < whiteT1 / 2, $"T1: CSF {csfT1}, white matter {whiteT1}");
        Assert.True(csfT2 > whiteT2 * 1.5, $"T2: CSF {csfT2}, white matter {whiteT2}");
    }

    [Fact]
    public void Radiographs_Monochrome1Option_StoresTheInvertedImage()
    {
        var request = TestRequests.For("CR");
        var plain = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8 }).Synthesize(request).Instances[0];
        var inverted = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8, RadiographsAsMonochrome1 = true }).Synthesize(request).Instances[0];

        Assert.Equal("MONOCHROME2", TestRequests.Text(plain, "PhotometricInterpretation"));
        Assert.Equal("MONOCHROME1", TestRequests.Text(inverted, "PhotometricInterpretation"));
        Assert.Equal(4095, TestRequests.Stored(plain, 100, 120) + TestRequests.Stored(inverted, 100, 120));
        Assert.Equal(4095, TestRequests.Numbers(plain, "WindowCenter")[0] + TestRequests.Numbers(inverted, "WindowCenter")[0]);
        // Lungs are darker than the mediastinum on the plain image (less attenuation, lower value).
        Assert.True(TestRequests.Stored(plain, 125, 78) < TestRequests.Stored(plain, 125, 125) - 500);
    }

    [Fact]
    public void Dx_Monochrome1_UsesInversePresentationLut()
    {
        var file = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8, RadiographsAsMonochrome1 = true }).Synthesize(TestRequests.For("DX")).Instances[0];

        Assert.Equal("INVERSE", TestRequests.Text(file, "PresentationLUTShape"));
        Assert.Equal("FOR PRESENTATION", TestRequests.Text(file, "PresentationIntentType"));
        Assert.Equal("PA", TestRequests.Text(file, "ViewPosition"));
        Assert.Equal(12, TestRequests.Numbers(file, "BitsStored")[0]);
    }

    [Fact]
    public void Us_Image_HasBurnedInTextAndBlackOutsideTheSector()
    {
        var file = new StudySynthesizer().Synthesize(TestRequests.For("US", images: 1)).Instances[0];
        var pixels = TestRequests.Pixels(file);

        Assert.Equal("YES", TestRequests.Text(file, "BurnedInAnnotation"));
        // Row 300, column 10: left of the fan and away from the text, so black.
        Assert.Equal([0, 0, 0], pixels.AsSpan((300 * 640 + 10) * 3, 3).ToArray());
        // The text lines at the top left are yellow or gray pixels on black: some are set, and not gray.
        var yellow = 0;
        for (var y = 14; y < 30; y++)
            for (var x = 0; x < 200; x++)
            {
                var i = (y * 640 + x) * 3;
                if (pixels[i] > 200 && pixels[i + 2] < 100) yellow++;
            }
        Assert.True(yellow > 50, $"{yellow} yellow text pixels");
    }

    [Fact]
    public void Synthesize_CatalogTemplate_GivesBodyPartSeriesAndImages()
    {
        var template = new StudyTemplate("CT", "CT TEST PROTOCOL", "CHEST", [new SeriesTemplate("AXIAL TEST", 3)]);
        var synthesizer = new StudySynthesizer(new SynthesisOptions { MatrixDivisor = 8, StudyTemplates = [template] });

        var study = synthesizer.Synthesize(TestRequests.For("CT") with { StudyDescription = "CT TEST PROTOCOL" });

        Assert.Equal(3, study.Instances.Count);
        Assert.All(study.Instances, f => Assert.Equal("AXIAL TEST", TestRequests.Text(f, "SeriesDescription")));
        Assert.Equal("CHEST", TestRequests.Text(study.Instances[0], "BodyPartExamined"));
    }

    private static double Mean(PacsLab.Dicom.DicomFile file, double x, double y)
    {
        var position = TestRequests.Numbers(file, "ImagePositionPatient");
        var spacing = TestRequests.Numbers(file, "PixelSpacing")[0];
        var column = (int)Math.Round((x - position[0]) / spacing);
        var row = (int)Math.Round((y - position[1]) / spacing);
        var sum = 0.0;
        for (var r = row - 1; r <= row + 1; r++)
            for (var c = column - 1; c <= column + 1; c++)
                sum += TestRequests.Stored(file, r, c);
        return sum / 9;
    }
}
