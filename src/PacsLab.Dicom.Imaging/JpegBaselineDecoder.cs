using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace PacsLab.Dicom.Imaging;

/// <summary>
/// Decodes one JPEG Baseline (ISO 10918-1 process 1) frame with ImageSharp (PS3.5 8.2.1, A.4.1) into native
/// 8-bit samples: grayscale as stored values for the monochrome pipeline, colour as interleaved RGB, since the
/// decoder converts YBR_FULL_422 to RGB itself.
/// </summary>
internal static class JpegBaselineDecoder
{
    private static readonly JpegDecoder Decoder = new() { IgnoreMetadata = true };

    public static FrameData Decode(ReadOnlyMemory<byte> jpeg, PixelLayout layout, int frameIndex)
    {
        CheckProcess(jpeg.Span, frameIndex);
        try
        {
            if (layout.SamplesPerPixel == 1)
            {
                using var gray = Image.Load<L8>(jpeg.Span, Decoder);
                CheckSize(gray, layout, frameIndex);
                var bytes = new byte[layout.PixelCount];
                gray.CopyPixelDataTo(bytes);
                return new FrameData(bytes, 0, layout with { BitsAllocated = 8, BitsStored = 8, HighBit = 7, NumberOfFrames = 1 });
            }

            using var color = Image.Load<Rgb24>(jpeg.Span, Decoder);
            CheckSize(color, layout, frameIndex);
            var rgb = new byte[layout.PixelCount * 3];
            color.CopyPixelDataTo(rgb);
            return new FrameData(rgb, 0, layout with
            {
                Photometric = Photometric.Rgb, PlanarConfiguration = 0, BitsAllocated = 8, BitsStored = 8, HighBit = 7, IsSigned = false, NumberOfFrames = 1,
            });
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or DicomImagingException))
        {
            // The decoder reads untrusted bytes and does not only throw ImageFormatException on damaged input
            // (ImageSharp 2.1 can throw NullReferenceException on a stream cut short), so any failure means corrupt data.
            throw new DicomImagingException(DicomImagingError.CorruptCompressedData,
                $"cannot render: frame {frameIndex} is not a JPEG Baseline image that can be decoded ({ex.Message}). The compressed pixel data is damaged or not what its transfer syntax says.", ex);
        }
    }

    /// <summary>Only SOF0 (baseline) and SOF1 (extended, 8-bit) frames are handed to the decoder.</summary>
    private static void CheckProcess(ReadOnlySpan<byte> jpeg, int frameIndex)
    {
        var process = CodestreamProbe.Guess(jpeg);
        if (process == DicomTransferSyntax.JpegBaseline || process == DicomTransferSyntax.JpegExtended) return;
        var found = process is null ? "no JPEG start-of-frame marker was found" : $"its codestream is {process.Name}";
        throw new DicomImagingException(DicomImagingError.CorruptCompressedData,
            $"cannot render: frame {frameIndex} is labelled JPEG Baseline ({DicomTransferSyntax.JpegBaseline.Uid}) but {found}. The compressed pixel data is damaged or mislabelled.");
    }

    private static void CheckSize(Image image, PixelLayout layout, int frameIndex)
    {
        if (image.Width == layout.Columns && image.Height == layout.Rows) return;
        throw new DicomImagingException(DicomImagingError.CorruptCompressedData,
            $"cannot render: frame {frameIndex} decodes to {image.Width} x {image.Height} pixels but Columns and Rows say {layout.Columns} x {layout.Rows}.");
    }
}
