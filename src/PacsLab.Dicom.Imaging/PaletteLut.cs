using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// The red, green and blue Palette Color Lookup Tables of a PALETTE COLOR image (PS3.3 C.7.6.3.1.5 descriptors,
/// C.7.6.3.1.6 data). Stored values index the tables directly; no Modality or VOI LUT applies. 16-bit entries are
/// scaled to 8 bits.
/// </summary>
internal sealed class PaletteLut
{
    private readonly LookupTable _red;
    private readonly LookupTable _green;
    private readonly LookupTable _blue;

    private PaletteLut(LookupTable red, LookupTable green, LookupTable blue)
    {
        _red = red;
        _green = green;
        _blue = blue;
    }

    public Rgb24 Map(int stored) => new(To8Bits(_red, stored), To8Bits(_green, stored), To8Bits(_blue, stored));

    public static PaletteLut Read(DicomDataset dataset, bool signedInput)
    {
        if (!dataset.Contains(PixelTags.RedPaletteDescriptor) && dataset.Contains(PixelTags.SegmentedRedPaletteData))
        {
            throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
                $"cannot render: the palette is given only as Segmented Palette Color LUT Data {PixelTags.SegmentedRedPaletteData}, which PacsLab does not expand (PS3.3 C.7.9.2).");
        }
        return new PaletteLut(
            LookupTable.Read(dataset, PixelTags.RedPaletteDescriptor, PixelTags.RedPaletteData, signedInput, "Red Palette Color LUT"),
            LookupTable.Read(dataset, PixelTags.GreenPaletteDescriptor, PixelTags.GreenPaletteData, signedInput, "Green Palette Color LUT"),
            LookupTable.Read(dataset, PixelTags.BluePaletteDescriptor, PixelTags.BluePaletteData, signedInput, "Blue Palette Color LUT"));
    }

    private static byte To8Bits(LookupTable table, int stored)
    {
        var entry = table.Lookup(stored);
        if (table.BitsPerEntry <= 8) return (byte)Math.Min(entry, 255);
        return (byte)((entry * 255L + table.MaxOutput / 2) / table.MaxOutput);
    }
}
