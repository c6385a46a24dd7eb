namespace PacsLab.Dicom.Imaging;

/// <summary>What to render and how: the frame, a window that overrides the data set's, and a size limit for thumbnails.</summary>
public sealed record RenderOptions
{
    public static RenderOptions Default { get; } = new();

    /// <summary>Zero-based index of the frame to render; 0 for single-frame images.</summary>
    public int FrameIndex { get; init; }

    /// <summary>Window Center to use instead of the data set's (0028,1050), in modality units (e.g. HU). Needs <see cref="WindowWidth"/>.</summary>
    public double? WindowCenter { get; init; }

    /// <summary>Window Width to use instead of the data set's (0028,1051). Needs <see cref="WindowCenter"/>.</summary>
    public double? WindowWidth { get; init; }

    /// <summary>VOI LUT Function to use instead of the data set's (0028,1056); LINEAR when neither says.</summary>
    public VoiLutFunction? VoiFunction { get; init; }

    /// <summary>Ignore the window and VOI LUT the data set carries: use <see cref="WindowCenter"/>/<see cref="WindowWidth"/> or the frame's full range.</summary>
    public bool IgnoreDatasetVoi { get; init; }

    /// <summary>Largest width of the result; the image is shrunk (never enlarged) keeping its aspect ratio.</summary>
    public int? MaxWidth { get; init; }

    /// <summary>Largest height of the result; the image is shrunk (never enlarged) keeping its aspect ratio.</summary>
    public int? MaxHeight { get; init; }

    /// <summary>
    /// The transfer syntax the data set was read in. The <see cref="DicomFile"/> overloads fill it in; for a bare data
    /// set it is taken from (0002,0010) when present, else native pixel data is assumed little endian and encapsulated
    /// pixel data is recognised from its first bytes.
    /// </summary>
    public DicomTransferSyntax? TransferSyntax { get; init; }

    internal void Validate()
    {
        if (FrameIndex < 0)
            throw Invalid($"frame index {FrameIndex} is negative; frames are numbered from 0.");
        if (WindowCenter.HasValue != WindowWidth.HasValue)
            throw Invalid("a window needs both a center and a width; give both, or neither to use the data set's window.");
        if (WindowCenter is { } c && !double.IsFinite(c))
            throw Invalid("the window center is not a finite number.");
        if (WindowWidth is { } w && !double.IsFinite(w))
            throw Invalid("the window width is not a finite number.");
        if (MaxWidth is <= 0 || MaxHeight is <= 0)
            throw Invalid($"a thumbnail size limit must be at least 1 pixel (max width {MaxWidth}, max height {MaxHeight}).");
    }

    internal static DicomImagingException Invalid(string problem) =>
        new(DicomImagingError.InvalidRenderOptions, $"cannot render: {problem}");
}
