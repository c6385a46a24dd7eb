using SixLabors.ImageSharp.PixelFormats;
using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class ColorRenderingTests
{
    private static readonly Rgb24[] Colors = [new(255, 0, 0), new(0, 255, 0), new(0, 0, 255), new(10, 20, 30)];

    [Fact]
    public void Rgb_PlanarConfiguration0And1_GiveTheSameImage()
    {
        var interleaved = Colors.SelectMany(c => new[] { c.R, c.G, c.B }).ToArray();
        var planar = Colors.Select(c => c.R).Concat(Colors.Select(c => c.G)).Concat(Colors.Select(c => c.B)).ToArray();

        var byPixel = RenderRgb(Color8(2, 2, interleaved, planar: 0));
        var byPlane = RenderRgb(Color8(2, 2, planar, planar: 1));

        Assert.Equal(Colors, byPixel);
        Assert.Equal(byPixel, byPlane);
    }

    [Fact]
    public void Rgb_16BitSamples_AreScaledTo8Bits()
    {
        var ds = PixelModule(1, 1, "RGB", samplesPerPixel: 3, bitsAllocated: 16, planar: 0);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Words([0xFFFF, 0x8000, 0]));
        Assert.Equal([new Rgb24(255, 128, 0)], RenderRgb(ds));
    }

    [Fact]
    public void PaletteColor_8BitEntriesPacked_LooksUpEachChannel()
    {
        var ds = PixelModule(1, 5, "PALETTE COLOR", bitsAllocated: 8);
        AddPalette(ds, PixelTags.RedPaletteDescriptor, PixelTags.RedPaletteData, [4, 0, 8], new byte[] { 0, 255, 10, 20 });
        AddPalette(ds, PixelTags.GreenPaletteDescriptor, PixelTags.GreenPaletteData, [4, 0, 8], new byte[] { 0, 0, 11, 21 });
        AddPalette(ds, PixelTags.BluePaletteDescriptor, PixelTags.BluePaletteData, [4, 0, 8], new byte[] { 0, 0, 12, 22 });
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 0, 1, 2, 3, 7, 0 });

        Assert.Equal([new Rgb24(0, 0, 0), new Rgb24(255, 0, 0), new Rgb24(10, 11, 12), new Rgb24(20, 21, 22), new Rgb24(20, 21, 22)], RenderRgb(ds));
    }

    [Fact]
    public void PaletteColor_16BitEntriesWithFirstMappedValue_ScaleAndClamp()
    {
        var ds = PixelModule(1, 5, "PALETTE COLOR", bitsAllocated: 16);
        AddPalette(ds, PixelTags.RedPaletteDescriptor, PixelTags.RedPaletteData, [3, 100, 16], Words([0, 0xFFFF, 0x8080]));
        AddPalette(ds, PixelTags.GreenPaletteDescriptor, PixelTags.GreenPaletteData, [3, 100, 16], Words([0xFFFF, 0, 0x8080]));
        AddPalette(ds, PixelTags.BluePaletteDescriptor, PixelTags.BluePaletteData, [3, 100, 16], Words([0, 0, 0x8080]));
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Words([100, 101, 102, 50, 200]));

        Assert.Equal([new Rgb24(0, 255, 0), new Rgb24(255, 0, 0), new Rgb24(128, 128, 128), new Rgb24(0, 255, 0), new Rgb24(128, 128, 128)], RenderRgb(ds));
    }

    [Fact]
    public void PaletteColor_8BitEntriesOnePerWord_AreAcceptedToo()
    {
        var ds = PixelModule(1, 2, "PALETTE COLOR", bitsAllocated: 8);
        AddPalette(ds, PixelTags.RedPaletteDescriptor, PixelTags.RedPaletteData, [2, 0, 8], Words([7, 200]));
        AddPalette(ds, PixelTags.GreenPaletteDescriptor, PixelTags.GreenPaletteData, [2, 0, 8], Words([8, 201]));
        AddPalette(ds, PixelTags.BluePaletteDescriptor, PixelTags.BluePaletteData, [2, 0, 8], Words([9, 202]));
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 1, 0 });
        Assert.Equal([new Rgb24(200, 201, 202), new Rgb24(7, 8, 9)], RenderRgb(ds));
    }

    public static TheoryData<byte, byte, byte> KnownColors => new()
    {
        { 0, 0, 0 }, { 255, 255, 255 }, { 128, 128, 128 }, { 255, 0, 0 }, { 0, 255, 0 }, { 0, 0, 255 }, { 200, 100, 50 }, { 30, 144, 255 },
    };

    [Theory]
    [MemberData(nameof(KnownColors))]
    public void YbrFull_KnownColours_ConvertBackToRgb(byte r, byte g, byte b)
    {
        var (y, cb, cr) = ToYbr(r, g, b);
        var pixel = Assert.Single(RenderRgb(Color8(1, 1, [y, cb, cr], "YBR_FULL")));
        AssertClose(new Rgb24(r, g, b), pixel, 2);
    }

    [Fact]
    public void YbrFull_GreyLevels_AreExact()
    {
        var pixels = RenderRgb(Color8(1, 3, [0, 128, 128, 77, 128, 128, 255, 128, 128], "YBR_FULL"));
        Assert.Equal([new Rgb24(0, 0, 0), new Rgb24(77, 77, 77), new Rgb24(255, 255, 255)], pixels);
    }

    [Fact]
    public void YbrFull422_PairsShareChroma()
    {
        var (y, cb, cr) = ToYbr(255, 0, 0);
        var ds = PixelModule(1, 4, "YBR_FULL_422", samplesPerPixel: 3, bitsAllocated: 8, planar: 0);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, new byte[] { 50, 200, 128, 128, y, y, cb, cr });
        var pixels = RenderRgb(ds);
        Assert.Equal(new Rgb24(50, 50, 50), pixels[0]);
        Assert.Equal(new Rgb24(200, 200, 200), pixels[1]);
        AssertClose(new Rgb24(255, 0, 0), pixels[2], 2);
        Assert.Equal(pixels[2], pixels[3]);
    }

    private static (byte Y, byte Cb, byte Cr) ToYbr(byte r, byte g, byte b)
    {
        // The forward equations of PS3.3 C.7.6.3.1.2.
        static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);
        return (Clamp(.2990 * r + .5870 * g + .1140 * b),
                Clamp(-.1687 * r - .3313 * g + .5000 * b + 128),
                Clamp(.5000 * r - .4187 * g - .0813 * b + 128));
    }

    private static void AssertClose(Rgb24 expected, Rgb24 actual, int tolerance)
    {
        Assert.True(Math.Abs(expected.R - actual.R) <= tolerance && Math.Abs(expected.G - actual.G) <= tolerance && Math.Abs(expected.B - actual.B) <= tolerance,
            $"expected {expected} within {tolerance}, got {actual}");
    }

    private static void AddPalette(DicomDataset ds, DicomTag descriptor, DicomTag data, int[] descriptorValues, byte[] bytes)
    {
        ds.AddOrUpdate(descriptor, DicomVR.US, descriptorValues);
        ds.AddOrUpdate(data, DicomVR.OW, bytes);
    }
}
