using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging.Tests;

/// <summary>Small synthetic images built in code, and helpers to read rendered pixels back.</summary>
internal static class TestImages
{
    /// <summary>Window Center 128 / Width 256 maps 0..255 to itself under the LINEAR function.</summary>
    public static readonly RenderOptions IdentityWindow = new() { WindowCenter = 128, WindowWidth = 256 };

    public static DicomDataset PixelModule(int rows, int columns, string photometric, int samplesPerPixel = 1,
        int bitsAllocated = 16, int? bitsStored = null, int? highBit = null, bool signed = false, int? frames = null, int? planar = null)
    {
        var stored = bitsStored ?? bitsAllocated;
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "2.25.1234");
        ds.AddOrUpdate(PixelTags.SamplesPerPixel, DicomVR.US, samplesPerPixel);
        ds.AddOrUpdate(PixelTags.PhotometricInterpretation, DicomVR.CS, photometric);
        if (planar is { } p) ds.AddOrUpdate(PixelTags.PlanarConfiguration, DicomVR.US, p);
        if (frames is { } f) ds.AddOrUpdate(PixelTags.NumberOfFrames, DicomVR.IS, f);
        ds.AddOrUpdate(PixelTags.Rows, DicomVR.US, rows);
        ds.AddOrUpdate(PixelTags.Columns, DicomVR.US, columns);
        ds.AddOrUpdate(PixelTags.BitsAllocated, DicomVR.US, bitsAllocated);
        ds.AddOrUpdate(PixelTags.BitsStored, DicomVR.US, stored);
        ds.AddOrUpdate(PixelTags.HighBit, DicomVR.US, highBit ?? stored - 1);
        ds.AddOrUpdate(PixelTags.PixelRepresentation, DicomVR.US, signed ? 1 : 0);
        return ds;
    }

    /// <summary>A 16-bit monochrome image; each value is written as its low 16 bits, so negatives become two's complement.</summary>
    public static DicomDataset Monochrome16(int rows, int columns, IReadOnlyList<int> values, int bitsStored = 16, bool signed = false,
        string photometric = "MONOCHROME2", int? frames = null, int? highBit = null)
    {
        var ds = PixelModule(rows, columns, photometric, bitsStored: bitsStored, signed: signed, frames: frames, highBit: highBit);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Words(values));
        return ds;
    }

    public static DicomDataset Monochrome8(int rows, int columns, byte[] values, string photometric = "MONOCHROME2", int? frames = null)
    {
        var ds = PixelModule(rows, columns, photometric, bitsAllocated: 8, frames: frames);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, values);
        return ds;
    }

    public static DicomDataset Color8(int rows, int columns, byte[] samples, string photometric = "RGB", int planar = 0)
    {
        var ds = PixelModule(rows, columns, photometric, samplesPerPixel: 3, bitsAllocated: 8, planar: planar);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OB, samples);
        return ds;
    }

    public static byte[] Words(IEnumerable<int> values) =>
        values.SelectMany(v => new[] { (byte)(v & 0xFF), (byte)((v >> 8) & 0xFF) }).ToArray();

    public static byte[] Gray(Image image)
    {
        var gray = Assert.IsType<Image<L8>>(image);
        var bytes = new byte[gray.Width * gray.Height];
        gray.CopyPixelDataTo(bytes);
        return bytes;
    }

    public static Rgb24[] Rgb(Image image)
    {
        var rgb = Assert.IsType<Image<Rgb24>>(image);
        var pixels = new Rgb24[rgb.Width * rgb.Height];
        rgb.CopyPixelDataTo(pixels);
        return pixels;
    }

    public static byte[] RenderGray(DicomDataset dataset, RenderOptions? options = null)
    {
        using var image = DicomImageRenderer.Render(dataset, options);
        return Gray(image);
    }

    public static Rgb24[] RenderRgb(DicomDataset dataset, RenderOptions? options = null)
    {
        using var image = DicomImageRenderer.Render(dataset, options);
        return Rgb(image);
    }

    public static DicomImagingException RenderFails(DicomDataset dataset, RenderOptions? options = null) =>
        Assert.Throws<DicomImagingException>(() => DicomImageRenderer.Render(dataset, options).Dispose());
}
