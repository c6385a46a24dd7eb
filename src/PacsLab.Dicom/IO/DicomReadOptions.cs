namespace PacsLab.Dicom;

public sealed record DicomReadOptions
{
    public static readonly DicomReadOptions Default = new();

    /// <summary>Stop once an element with a tag at or past this one would be read (e.g. PixelData to index headers).</summary>
    public DicomTag? StopBeforeTag { get; init; }

    /// <summary>Deepest sequence nesting accepted; deeper input is refused rather than risking a stack overflow.</summary>
    public int MaxSequenceDepth { get; init; } = 64;
}
