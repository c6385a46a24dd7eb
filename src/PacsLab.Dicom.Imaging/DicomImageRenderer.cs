using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Renders one frame of a DICOM image for display: an 8-bit grayscale image for MONOCHROME1/2 after the Modality and
/// VOI LUTs (PS3.4 N.2.1.1), an RGB image for RGB, YBR_FULL, YBR_FULL_422 and PALETTE COLOR (PS3.3 C.7.6.3.1.2).
/// Failures are <see cref="DicomImagingException"/>s that say what is wrong and where to look.
/// </summary>
public static class DicomImageRenderer
{
    /// <summary>
    /// Renders a frame to an ImageSharp image: <see cref="Image{L8}"/> for monochrome, <see cref="Image{Rgb24}"/> for colour.
    /// The caller disposes it.
    /// </summary>
    public static Image Render(DicomDataset dataset, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= RenderOptions.Default;
        options.Validate();

        var pixelData = FrameSource.FindPixelData(dataset);
        var layout = PixelLayout.Read(dataset);
        if (options.FrameIndex >= layout.NumberOfFrames)
        {
            throw new DicomImagingException(DicomImagingError.FrameOutOfRange,
                $"cannot render frame index {options.FrameIndex}: the image has {layout.NumberOfFrames} frame(s) (Number of Frames {PixelTags.NumberOfFrames}), so frame indexes run from 0 to {layout.NumberOfFrames - 1}.");
        }

        var syntax = options.TransferSyntax ?? SyntaxFromMeta(dataset);
        var frame = FrameSource.Get(pixelData, dataset, layout, options.FrameIndex, syntax);
        Image image = frame.Layout.Photometric.IsMonochrome()
            ? MonochromeRenderer.Render(frame, dataset, options.FrameIndex, options)
            : ColorRenderer.Render(frame, frame.Layout.Photometric == Photometric.PaletteColor ? PaletteLut.Read(dataset, layout.IsSigned) : null);
        try
        {
            Thumbnail.Fit(image, options.MaxWidth, options.MaxHeight);
            return image;
        }
        catch
        {
            image.Dispose();
            throw;
        }
    }

    /// <summary>Renders a frame of a file, using the transfer syntax its meta information names.</summary>
    public static Image Render(DicomFile file, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Render(file.Dataset, WithSyntax(options, file));
    }

    /// <summary>Renders a frame as a PNG: 8-bit grayscale for monochrome images, 8-bit RGB for colour ones.</summary>
    public static async Task RenderPngAsync(DicomDataset dataset, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        using var image = Render(dataset, options);
        var encoder = new PngEncoder
        {
            ColorType = image is Image<L8> ? PngColorType.Grayscale : PngColorType.Rgb,
            BitDepth = PngBitDepth.Bit8,
        };
        await image.SaveAsync(output, encoder, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renders a frame of a file as a PNG, using the transfer syntax its meta information names.</summary>
    public static Task RenderPngAsync(DicomFile file, RenderOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return RenderPngAsync(file.Dataset, WithSyntax(options, file), output, cancellationToken);
    }

    /// <summary>Number of Frames (0028,0008), 1 when absent: how many frames a caller may ask for.</summary>
    public static int GetFrameCount(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return PixelLayout.ReadFrameCount(dataset);
    }

    /// <summary>
    /// The syntax the file's meta information names. A file without one was read in a guessed native syntax, which says
    /// nothing about encapsulated pixel data, so then the renderer recognises the codestream itself.
    /// </summary>
    private static RenderOptions WithSyntax(RenderOptions? options, DicomFile file)
    {
        options ??= RenderOptions.Default;
        if (options.TransferSyntax is not null) return options;
        var named = file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID) is { Length: > 0 };
        return named ? options with { TransferSyntax = file.TransferSyntax } : options;
    }

    private static DicomTransferSyntax? SyntaxFromMeta(DicomDataset dataset) =>
        dataset.GetString(DicomTags.TransferSyntaxUID) is { Length: > 0 } uid ? DicomTransferSyntax.FromUid(uid) : null;
}
