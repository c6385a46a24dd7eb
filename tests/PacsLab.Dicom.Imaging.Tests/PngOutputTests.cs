using PacsLab.TestKit;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class PngOutputTests
{
    [Fact]
    public async Task RenderPng_Monochrome_Is8BitGrayscaleOfTheImageSize()
    {
        using var dir = new TempDirectory("pacslab-imaging");
        var path = dir.File("mono.png");
        var ds = Monochrome16(4, 6, Enumerable.Range(0, 24).Select(i => i * 100).ToArray());
        await using (var file = File.Create(path))
        {
            await DicomImageRenderer.RenderPngAsync(ds, RenderOptions.Default, file);
        }

        using var png = await Image.LoadAsync(path);
        Assert.Equal((6, 4), (png.Width, png.Height));
        var meta = png.Metadata.GetPngMetadata();
        Assert.Equal(PngColorType.Grayscale, meta.ColorType);
        Assert.Equal(PngBitDepth.Bit8, meta.BitDepth);
        Assert.Equal(8, png.PixelType.BitsPerPixel);
    }

    [Fact]
    public async Task RenderPng_Colour_Is8BitRgbAndKeepsThePixels()
    {
        byte[] samples = [255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 99, 199];
        using var stream = new MemoryStream();
        await DicomImageRenderer.RenderPngAsync(Color8(2, 2, samples), RenderOptions.Default, stream);

        stream.Position = 0;
        using var png = Image.Load<SixLabors.ImageSharp.PixelFormats.Rgb24>(stream);
        Assert.Equal((2, 2), (png.Width, png.Height));
        Assert.Equal(PngColorType.Rgb, png.Metadata.GetPngMetadata().ColorType);
        Assert.Equal(samples, Rgb(png).SelectMany(p => new[] { p.R, p.G, p.B }));
    }

    [Fact]
    public async Task RenderPng_Thumbnail_HasTheLimitedSize()
    {
        var ds = Monochrome8(32, 64, new byte[32 * 64]);
        using var stream = new MemoryStream();
        await DicomImageRenderer.RenderPngAsync(ds, new RenderOptions { MaxWidth = 16, MaxHeight = 16 }, stream);
        stream.Position = 0;
        var info = Image.Identify(stream);
        Assert.Equal((16, 8), (info.Width, info.Height));
    }

    [Fact]
    public async Task RenderPng_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DicomImageRenderer.RenderPngAsync(Monochrome8(1, 1, [0]), RenderOptions.Default, Stream.Null, cts.Token));
    }
}
