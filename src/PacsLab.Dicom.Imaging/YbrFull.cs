using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// YBR_FULL to RGB: the inverse of the full-range equations in PS3.3 C.7.6.3.1.2
/// (Y = .2990R + .5870G + .1140B, CB = -.1687R - .3313G + .5000B + 128, CR = .5000R - .4187G - .0813B + 128),
/// on samples already scaled to 0..255.
/// </summary>
internal static class YbrFull
{
    public static Rgb24 ToRgb(double y, double cb, double cr)
    {
        var b = cb - 128;
        var r = cr - 128;
        return new Rgb24(
            ToByte(y + 1.402 * r),
            ToByte(y - 0.344136 * b - 0.714136 * r),
            ToByte(y + 1.772 * b));
    }

    private static byte ToByte(double v) => (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);
}
