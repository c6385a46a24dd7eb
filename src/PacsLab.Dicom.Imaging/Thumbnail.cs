using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace PacsLab.Dicom.Imaging;

/// <summary>Shrinks a rendered image to fit a width and height limit, keeping its aspect ratio; never enlarges it.</summary>
internal static class Thumbnail
{
    public static Size FitSize(int width, int height, int? maxWidth, int? maxHeight)
    {
        var scale = Math.Min(
            maxWidth is { } w ? (double)w / width : 1,
            maxHeight is { } h ? (double)h / height : 1);
        if (scale >= 1) return new Size(width, height);
        return new Size(
            Math.Max(1, (int)Math.Round(width * scale, MidpointRounding.AwayFromZero)),
            Math.Max(1, (int)Math.Round(height * scale, MidpointRounding.AwayFromZero)));
    }

    public static void Fit(Image image, int? maxWidth, int? maxHeight)
    {
        var size = FitSize(image.Width, image.Height, maxWidth, maxHeight);
        if (size.Width != image.Width || size.Height != image.Height) image.Mutate(c => c.Resize(size));
    }
}
