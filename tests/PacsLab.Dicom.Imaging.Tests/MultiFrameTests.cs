using SixLabors.ImageSharp.PixelFormats;
using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class MultiFrameTests
{
    private static DicomDataset ThreeFrames() =>
        Monochrome8(2, 2, [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23], frames: 3);

    [Fact]
    public void MultiFrame_FrameIndex1_RendersTheSecondFrame() =>
        Assert.Equal([10, 11, 12, 13], RenderGray(ThreeFrames(), IdentityWindow with { FrameIndex = 1 }));

    [Fact]
    public void MultiFrame_LastFrame_IsRendered() =>
        Assert.Equal([20, 21, 22, 23], RenderGray(ThreeFrames(), IdentityWindow with { FrameIndex = 2 }));

    [Fact]
    public void MultiFrame_Rgb_SecondFrameIsCutAtTheRightOffset()
    {
        var ds = PixelModule(1, 2, "RGB", samplesPerPixel: 3, bitsAllocated: 8, frames: 2, planar: 1);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50, 60 });
        var pixels = RenderRgb(ds, new RenderOptions { FrameIndex = 1 });
        Assert.Equal([new Rgb24(10, 30, 50), new Rgb24(20, 40, 60)], pixels);
    }

    [Fact]
    public void FrameOutOfRange_ThrowsNamingTheFrameCount()
    {
        var ex = RenderFails(ThreeFrames(), new RenderOptions { FrameIndex = 3 });
        Assert.Equal(DicomImagingError.FrameOutOfRange, ex.Error);
        Assert.Contains("3 frame(s)", ex.Message);
        Assert.Contains("0 to 2", ex.Message);
    }

    [Fact]
    public void NegativeFrameIndex_IsAnInvalidOption() =>
        Assert.Equal(DicomImagingError.InvalidRenderOptions, RenderFails(ThreeFrames(), new RenderOptions { FrameIndex = -1 }).Error);

    [Fact]
    public void GetFrameCount_ReadsNumberOfFrames()
    {
        Assert.Equal(3, DicomImageRenderer.GetFrameCount(ThreeFrames()));
        Assert.Equal(1, DicomImageRenderer.GetFrameCount(Monochrome8(1, 1, [0])));
    }
}
