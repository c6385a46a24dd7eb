using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Colour frames to RGB: RGB with Planar Configuration 0 (R1 G1 B1 R2 ...) or 1 (all R, all G, all B)
/// (PS3.3 C.7.6.3.1.3), YBR_FULL and YBR_FULL_422 (Y1 Y2 CB CR per pixel pair) converted to RGB, and PALETTE COLOR
/// through its lookup tables (PS3.3 C.7.6.3.1.2). Samples wider than 8 bits are scaled to 8 bits.
/// </summary>
internal static class ColorRenderer
{
    public static Image<Rgb24> Render(FrameData frame, PaletteLut? palette)
    {
        var layout = frame.Layout;
        var isPalette = layout.Photometric == Photometric.PaletteColor;
        var samples = SampleReader.Read(frame, signed: isPalette && layout.IsSigned);
        var pixels = new Rgb24[layout.PixelCount];

        if (isPalette)
        {
            var lut = palette ?? throw new InvalidOperationException("a PALETTE COLOR frame needs its palette");
            for (var i = 0; i < pixels.Length; i++) pixels[i] = lut.Map(samples[i]);
        }
        else if (layout.Photometric == Photometric.YbrFull422)
        {
            var scale = 255.0 / ((1 << layout.BitsStored) - 1);
            for (var pair = 0; pair < pixels.Length / 2; pair++)
            {
                var s = pair * 4;
                double cb = samples[s + 2] * scale, cr = samples[s + 3] * scale;
                pixels[pair * 2] = YbrFull.ToRgb(samples[s] * scale, cb, cr);
                pixels[pair * 2 + 1] = YbrFull.ToRgb(samples[s + 1] * scale, cb, cr);
            }
        }
        else
        {
            var scale = 255.0 / ((1 << layout.BitsStored) - 1);
            var count = pixels.Length;
            var planar = layout.PlanarConfiguration == 1;
            for (var i = 0; i < count; i++)
            {
                double a, b, c;
                if (planar) { a = samples[i]; b = samples[count + i]; c = samples[2 * count + i]; }
                else { a = samples[i * 3]; b = samples[i * 3 + 1]; c = samples[i * 3 + 2]; }
                pixels[i] = layout.Photometric == Photometric.YbrFull
                    ? YbrFull.ToRgb(a * scale, b * scale, c * scale)
                    : new Rgb24(To8Bits(a * scale), To8Bits(b * scale), To8Bits(c * scale));
            }
        }
        return Image.LoadPixelData<Rgb24>(pixels, layout.Columns, layout.Rows);
    }

    private static byte To8Bits(double v) => (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);
}
