using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class ThumbnailTests
{
    private static DicomDataset Wide() => Monochrome8(8, 16, Enumerable.Range(0, 128).Select(i => (byte)i).ToArray());

    [Theory]
    [InlineData(4, null, 4, 2)]
    [InlineData(null, 2, 4, 2)]
    [InlineData(8, 8, 8, 4)]
    [InlineData(100, 100, 16, 8)]
    [InlineData(3, 100, 3, 2)]
    public void MaxSize_ShrinksKeepingAspectRatioAndNeverEnlarges(int? maxWidth, int? maxHeight, int width, int height)
    {
        using var image = DicomImageRenderer.Render(Wide(), new RenderOptions { MaxWidth = maxWidth, MaxHeight = maxHeight });
        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Fact]
    public void Thumbnail_OfUniformImage_KeepsItsLevel()
    {
        var ds = Monochrome8(16, 16, Enumerable.Repeat((byte)90, 256).ToArray());
        var pixels = RenderGray(ds, IdentityWindow with { MaxWidth = 4, MaxHeight = 4 });
        Assert.Equal(16, pixels.Length);
        Assert.All(pixels, p => Assert.Equal(90, p));
    }

    [Fact]
    public void ZeroMaxWidth_IsAnInvalidOption() =>
        Assert.Equal(DicomImagingError.InvalidRenderOptions, RenderFails(Wide(), new RenderOptions { MaxWidth = 0 }).Error);
}
