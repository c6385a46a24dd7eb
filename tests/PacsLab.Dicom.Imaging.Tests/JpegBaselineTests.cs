using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using static PacsLab.Dicom.Imaging.Tests.TestImages;

namespace PacsLab.Dicom.Imaging.Tests;

public class JpegBaselineTests
{
    private const int Size = 16;

    [Fact]
    public void JpegBaseline_Grayscale_RoundTripsApproximately()
    {
        var expected = Gradient();
        var ds = Encapsulated(1, "MONOCHROME2", [EncodeGray(expected)]);
        var actual = RenderGray(ds, IdentityWindow with { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        AssertClose(expected, actual, 3);
    }

    [Fact]
    public void JpegBaseline_Colour_RoundTripsApproximately()
    {
        var expected = Quadrants();
        var ds = Encapsulated(3, "YBR_FULL_422", [EncodeColor(expected)]);
        var actual = RenderRgb(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        AssertClose(expected.SelectMany(p => new[] { p.R, p.G, p.B }).ToArray(), actual.SelectMany(p => new[] { p.R, p.G, p.B }).ToArray(), 4);
    }

    [Fact]
    public void JpegBaseline_WithoutKnownSyntax_IsRecognisedFromItsStartOfFrameMarker()
    {
        var expected = Gradient();
        var ds = Encapsulated(1, "MONOCHROME2", [EncodeGray(expected)]);
        AssertClose(expected, RenderGray(ds, IdentityWindow), 3);
    }

    [Fact]
    public void JpegBaseline_MultiFrameWithBasicOffsetTable_RendersTheChosenFrame()
    {
        var first = Gradient();
        var second = first.Select(v => (byte)(255 - v)).ToArray();
        var ds = Encapsulated(1, "MONOCHROME2", [EncodeGray(first), EncodeGray(second)], frames: 2, offsetTable: true);
        var actual = RenderGray(ds, IdentityWindow with { FrameIndex = 1, TransferSyntax = DicomTransferSyntax.JpegBaseline });
        AssertClose(second, actual, 3);
    }

    [Fact]
    public void JpegBaseline_FrameSplitOverTwoFragments_IsJoined()
    {
        var expected = Gradient();
        var jpeg = EncodeGray(expected);
        var half = jpeg.Length / 2 & ~1;
        var ds = Encapsulated(1, "MONOCHROME2", [jpeg[..half], jpeg[half..]]);
        AssertClose(expected, RenderGray(ds, IdentityWindow with { TransferSyntax = DicomTransferSyntax.JpegBaseline }), 3);
    }

    [Fact]
    public void JpegBaseline_ThroughAPart10File_UsesTheFilesTransferSyntax()
    {
        var expected = Gradient();
        var file = DicomFile.Create(Encapsulated(1, "MONOCHROME2", [EncodeGray(expected)]), DicomTransferSyntax.JpegBaseline);
        using var image = DicomImageRenderer.Render(file, IdentityWindow);
        AssertClose(expected, Gray(image), 3);
    }

    [Fact]
    public void JpegBaseline_InFileWithoutMetaTransferSyntax_IsRecognisedFromTheCodestream()
    {
        var expected = Gradient();
        var file = new DicomFile(new DicomDataset(), Encapsulated(1, "MONOCHROME2", [EncodeGray(expected)]));
        using var image = DicomImageRenderer.Render(file, IdentityWindow);
        AssertClose(expected, Gray(image), 3);
    }

    [Fact]
    public void JpegBaseline_DamagedCodestream_IsReportedAsCorrupt()
    {
        var jpeg = EncodeGray(Gradient());
        var damaged = jpeg[..20].Concat(new byte[20]).ToArray();
        var ex = RenderFails(Encapsulated(1, "MONOCHROME2", [damaged]), new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
    }

    [Fact]
    public void JpegBaseline_CutShortAnywhere_EitherRendersOrReportsCorruptData()
    {
        var jpeg = EncodeGray(Gradient());
        for (var length = 2; length < jpeg.Length; length += 7)
        {
            var ds = Encapsulated(1, "MONOCHROME2", [jpeg[..length]]);
            try
            {
                DicomImageRenderer.Render(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline }).Dispose();
            }
            catch (DicomImagingException ex)
            {
                Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
            }
        }
    }

    [Fact]
    public void JpegBaseline_LosslessCodestreamMislabelled_IsReported()
    {
        byte[] sof3 = [0xFF, 0xD8, 0xFF, 0xC3, 0x00, 0x0B, 8, 0, 16, 0, 16, 1, 1, 0x11, 0];
        var ex = RenderFails(Encapsulated(1, "MONOCHROME2", [sof3]), new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
        Assert.Contains("JPEG Lossless", ex.Message);
    }

    [Fact]
    public void JpegBaseline_SizeDifferentFromRowsAndColumns_IsReported()
    {
        var ds = Encapsulated(1, "MONOCHROME2", [EncodeGray(Gradient())]);
        ds.AddOrUpdate(PixelTags.Rows, DicomVR.US, 8);
        var ex = RenderFails(ds, new RenderOptions { TransferSyntax = DicomTransferSyntax.JpegBaseline });
        Assert.Equal(DicomImagingError.CorruptCompressedData, ex.Error);
        Assert.Contains("16 x 16", ex.Message);
    }

    internal static DicomDataset Encapsulated(int samples, string photometric, IReadOnlyList<byte[]> fragments, int? frames = null, bool offsetTable = false)
    {
        var ds = PixelModule(Size, Size, photometric, samplesPerPixel: samples, bitsAllocated: 8, frames: frames, planar: samples == 3 ? 0 : null);
        var padded = fragments.Select(f => f.Length % 2 == 0 ? f : [.. f, 0]).ToList();
        var table = Array.Empty<byte>();
        if (offsetTable)
        {
            var offsets = new List<int>();
            var at = 0;
            foreach (var f in padded)
            {
                offsets.Add(at);
                at += 8 + f.Length;
            }
            table = offsets.SelectMany(BitConverter.GetBytes).ToArray();
        }
        ds.AddOrUpdate(new DicomFragmentSequence(DicomTags.PixelData, DicomVR.OB, table, padded.Select(f => (ReadOnlyMemory<byte>)f)));
        return ds;
    }

    internal static byte[] Gradient() =>
        Enumerable.Range(0, Size * Size).Select(i => (byte)(40 + (i % Size) * 6 + (i / Size) * 4)).ToArray();

    internal static byte[] EncodeGray(byte[] pixels)
    {
        using var image = Image.LoadPixelData<L8>(pixels, Size, Size);
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 100, ColorType = JpegColorType.Luminance });
        return stream.ToArray();
    }

    private static Rgb24[] Quadrants() =>
        Enumerable.Range(0, Size * Size).Select(i => ((i % Size) < 8, (i / Size) < 8) switch
        {
            (true, true) => new Rgb24(200, 30, 30),
            (false, true) => new Rgb24(30, 180, 40),
            (true, false) => new Rgb24(40, 60, 220),
            _ => new Rgb24(128, 128, 128),
        }).ToArray();

    private static byte[] EncodeColor(Rgb24[] pixels)
    {
        using var image = Image.LoadPixelData<Rgb24>(pixels, Size, Size);
        using var stream = new MemoryStream();
        image.Save(stream, new JpegEncoder { Quality = 100, ColorType = JpegColorType.YCbCrRatio444 });
        return stream.ToArray();
    }

    private static void AssertClose(byte[] expected, byte[] actual, int tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst <= tolerance, $"largest difference {worst} exceeds {tolerance}");
    }
}
