namespace PacsLab.Dicom.Imaging;

/// <summary>
/// How the samples of one frame are laid out, from the Image Pixel Module (PS3.3 C.7.6.3) and Number of Frames
/// (PS3.3 C.7.6.6), checked for consistency before any byte is read.
/// </summary>
internal sealed record PixelLayout(
    int Rows,
    int Columns,
    int SamplesPerPixel,
    Photometric Photometric,
    int PlanarConfiguration,
    int BitsAllocated,
    int BitsStored,
    int HighBit,
    bool IsSigned,
    int NumberOfFrames)
{
    /// <summary>Largest number of samples in one frame PacsLab will allocate for (a 16k x 16k RGB image).</summary>
    private const long MaxSamplesPerFrame = 16384L * 16384 * 3;

    public int PixelCount => Rows * Columns;

    /// <summary>Samples stored per frame: YBR_FULL_422 stores two per pixel (Y1 Y2 CB CR per pair, PS3.3 C.7.6.3.1.2).</summary>
    public int SamplesPerFrame => Photometric == Photometric.YbrFull422 ? PixelCount * 2 : PixelCount * SamplesPerPixel;

    public long BitsPerFrame => (long)SamplesPerFrame * BitsAllocated;

    /// <summary>Bytes of native Pixel Data all frames need; 1-bit frames are packed without padding between them (PS3.5 8.1.1).</summary>
    public long TotalBytes => (BitsPerFrame * NumberOfFrames + 7) / 8;

    public string Describe() =>
        $"Rows {Rows} x Columns {Columns} x Samples per Pixel {SamplesPerPixel}{(Photometric == Photometric.YbrFull422 ? " (YBR_FULL_422: 2 stored per pixel)" : "")} x Bits Allocated {BitsAllocated} x {NumberOfFrames} frame(s)";

    public static PixelLayout Read(DicomDataset dataset)
    {
        var rows = Required(dataset, PixelTags.Rows, "Rows");
        var columns = Required(dataset, PixelTags.Columns, "Columns");
        var bitsAllocated = Required(dataset, PixelTags.BitsAllocated, "Bits Allocated");
        var bitsStored = Optional(dataset, PixelTags.BitsStored, bitsAllocated);
        var highBit = Optional(dataset, PixelTags.HighBit, bitsStored - 1);
        var pixelRepresentation = Optional(dataset, PixelTags.PixelRepresentation, 0);
        var samples = Optional(dataset, PixelTags.SamplesPerPixel, 1);
        var photometric = PhotometricNames.Parse(dataset.GetFirstString(PixelTags.PhotometricInterpretation), samples);
        var planar = samples > 1 ? Optional(dataset, PixelTags.PlanarConfiguration, 0) : 0;
        var frames = Optional(dataset, PixelTags.NumberOfFrames, 1);

        if (rows <= 0 || columns <= 0)
            throw Invalid($"the image is {rows} rows by {columns} columns; both must be at least 1 (Rows {PixelTags.Rows}, Columns {PixelTags.Columns}).");
        if (frames <= 0)
            throw Invalid($"Number of Frames {PixelTags.NumberOfFrames} is {frames}; it must be at least 1.");
        if (bitsAllocated is not (1 or 8 or 16))
            throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
                $"cannot render: Bits Allocated {PixelTags.BitsAllocated} is {bitsAllocated}; PacsLab renders 1, 8 and 16 bits per sample.");
        if (bitsStored < 1 || bitsStored > bitsAllocated)
            throw Invalid($"Bits Stored {PixelTags.BitsStored} is {bitsStored} but Bits Allocated is {bitsAllocated}; Bits Stored must be 1 to Bits Allocated (PS3.5 8.1.1).");
        if (highBit < bitsStored - 1 || highBit >= bitsAllocated)
            throw Invalid($"High Bit {PixelTags.HighBit} is {highBit} with Bits Stored {bitsStored} and Bits Allocated {bitsAllocated}; the stored bits must fit in the allocated ones (PS3.5 8.1.1).");
        if (pixelRepresentation is not (0 or 1))
            throw Invalid($"Pixel Representation {PixelTags.PixelRepresentation} is {pixelRepresentation}; it must be 0 (unsigned) or 1 (two's complement).");
        if (samples != photometric.RequiredSamples())
            throw Invalid($"Photometric Interpretation is {photometric.ToDicom()} but Samples per Pixel {PixelTags.SamplesPerPixel} is {samples}; it must be {photometric.RequiredSamples()} (PS3.3 C.7.6.3.1.2).");
        if (planar is not (0 or 1))
            throw Invalid($"Planar Configuration {PixelTags.PlanarConfiguration} is {planar}; it must be 0 (colour-by-pixel) or 1 (colour-by-plane) (PS3.3 C.7.6.3.1.3).");
        if (bitsAllocated == 1 && !photometric.IsMonochrome())
            throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
                $"cannot render: Bits Allocated 1 with {photometric.ToDicom()}; 1-bit pixel data is rendered only for MONOCHROME1 and MONOCHROME2.");
        if ((long)rows * columns * samples > MaxSamplesPerFrame)
            throw new DicomImagingException(DicomImagingError.UnsupportedPixelFormat,
                $"cannot render: a {rows} x {columns} image with {samples} sample(s) per pixel is larger than PacsLab renders.");

        return new PixelLayout(rows, columns, samples, photometric, planar, bitsAllocated, bitsStored, highBit, pixelRepresentation == 1, frames);
    }

    /// <summary>Number of Frames (0028,0008) alone, 1 when absent.</summary>
    public static int ReadFrameCount(DicomDataset dataset) => Optional(dataset, PixelTags.NumberOfFrames, 1);

    private static int Required(DicomDataset dataset, DicomTag tag, string name)
    {
        if (dataset.TryGetNumber<int>(tag, out var value)) return value;
        throw Invalid($"{name} {tag} is missing or not a number; the Image Pixel Module (PS3.3 C.7.6.3) requires it. Check how the image was created or exported.");
    }

    private static int Optional(DicomDataset dataset, DicomTag tag, int fallback)
    {
        if (!dataset.Contains(tag) || dataset.GetStrings(tag).Length == 0) return fallback;
        if (dataset.TryGetNumber<int>(tag, out var value)) return value;
        throw Invalid($"{tag} holds '{dataset.GetString(tag)}', which is not a whole number.");
    }

    private static DicomImagingException Invalid(string problem) =>
        new(DicomImagingError.InvalidPixelModule, $"cannot render: {problem}");
}
