using PacsLab.Department.Synthesis;
using PacsLab.Department.Synthesis.Phantoms;

namespace PacsLab.Department.Tests.Synthesis;

public class CtGeometryTests
{
    private static readonly SynthesizedStudy Ct = new StudySynthesizer().Synthesize(TestRequests.For("CT", images: 6));

    [Fact]
    public void Ct_Positions_StepBySpacingAlongTheNormalOfTheOrientation()
    {
        var spacing = TestRequests.Numbers(Ct.Instances[0], "SpacingBetweenSlices")[0];
        for (var i = 1; i < Ct.Instances.Count; i++)
        {
            var orientation = TestRequests.Numbers(Ct.Instances[i], "ImageOrientationPatient");
            var normal = Cross(orientation[..3], orientation[3..]);
            var step = Subtract(TestRequests.Numbers(Ct.Instances[i], "ImagePositionPatient"), TestRequests.Numbers(Ct.Instances[i - 1], "ImagePositionPatient"));

            Assert.Equal(spacing, Dot(step, normal), 4);
            Assert.Equal(0, Length(Subtract(step, Scale(normal, spacing))), 4); // no sideways drift
        }
    }

    [Fact]
    public void Ct_SliceLocation_IsThePositionAlongTheNormal()
    {
        foreach (var file in Ct.Instances)
        {
            var orientation = TestRequests.Numbers(file, "ImageOrientationPatient");
            var along = Dot(TestRequests.Numbers(file, "ImagePositionPatient"), Cross(orientation[..3], orientation[3..]));
            Assert.Equal(along, TestRequests.Numbers(file, "SliceLocation")[0], 4);
        }
    }

    [Fact]
    public void Ct_PlaneAttributes_AreConsistent()
    {
        var first = Ct.Instances[0];
        Assert.Equal(5, TestRequests.Numbers(first, "SliceThickness")[0]);
        Assert.Equal(5, TestRequests.Numbers(first, "SpacingBetweenSlices")[0]);
        var pixelSpacing = TestRequests.Numbers(first, "PixelSpacing");
        Assert.Equal(pixelSpacing[0], pixelSpacing[1]);
        Assert.Equal(TestRequests.Numbers(first, "ReconstructionDiameter")[0], pixelSpacing[0] * TestRequests.Numbers(first, "Columns")[0], 3);
        var orientation = TestRequests.Numbers(first, "ImageOrientationPatient");
        Assert.Equal(1, Length(orientation[..3]), 6);
        Assert.Equal(1, Length(orientation[3..]), 6);
        Assert.Equal(0, Dot(orientation[..3], orientation[3..]), 6);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (double)i), Ct.Instances.Select(f => TestRequests.Numbers(f, "InstanceNumber")[0]));
    }

    [Fact]
    public void Ct_LungVoxel_ReadsAboutMinus800HuAfterRescale()
    {
        foreach (var file in Ct.Instances)
        {
            var z = TestRequests.Numbers(file, "SliceLocation")[0];
            var lung = CtChestPhantom.RightLung(z);
            Assert.InRange(MeanHu(file, lung.X, lung.Y), -830, -770);
        }
    }

    [Fact]
    public void Ct_OtherTissues_ReadTheirHu()
    {
        var middle = Ct.Instances[Ct.Instances.Count / 2];
        Assert.InRange(MeanHu(middle, 0, 52), 670, 730); // vertebral body
        Assert.InRange(MeanHu(middle, 20, 42), 220, 280); // contrast-filled descending aorta
        Assert.InRange(MeanHu(middle, 0, -150), -1030, -970); // air in front of the chest
        Assert.InRange(MeanHu(middle, 120, 60), 10, 70); // chest wall muscle
    }

    /// <summary>Mean HU over 5x5 pixels around the patient point (x, y), found through the Image Plane attributes.</summary>
    private static double MeanHu(PacsLab.Dicom.DicomFile file, double x, double y)
    {
        var position = TestRequests.Numbers(file, "ImagePositionPatient");
        var spacing = TestRequests.Numbers(file, "PixelSpacing");
        var column = (int)Math.Round((x - position[0]) / spacing[1]);
        var row = (int)Math.Round((y - position[1]) / spacing[0]);
        var slope = TestRequests.Numbers(file, "RescaleSlope")[0];
        var intercept = TestRequests.Numbers(file, "RescaleIntercept")[0];
        var sum = 0.0;
        for (var r = row - 2; r <= row + 2; r++)
            for (var c = column - 2; c <= column + 2; c++)
                sum += TestRequests.Stored(file, r, c) * slope + intercept;
        return sum / 25;
    }

    private static double[] Cross(double[] a, double[] b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
    private static double Dot(double[] a, double[] b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    private static double[] Subtract(double[] a, double[] b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
    private static double[] Scale(double[] a, double s) => [a[0] * s, a[1] * s, a[2] * s];
    private static double Length(double[] a) => Math.Sqrt(Dot(a, a));
}
