namespace PacsLab.Dicom;

/// <summary>How <see cref="DicomJsonReader"/> reads the DICOM JSON model (PS3.18 Annex F).</summary>
public sealed record DicomJsonReaderOptions
{
    public static readonly DicomJsonReaderOptions Default = new();

    /// <summary>
    /// Fetches the bytes a "BulkDataURI" points at (tag, VR, URI). Without it such an element is kept with an empty
    /// value, as the JSON itself does not hold the bytes.
    /// </summary>
    public Func<DicomTag, DicomVR, string, ReadOnlyMemory<byte>>? BulkDataResolver { get; init; }

    /// <summary>Deepest sequence nesting accepted; deeper input is refused rather than risking a stack overflow.</summary>
    public int MaxSequenceDepth { get; init; } = 64;
}
