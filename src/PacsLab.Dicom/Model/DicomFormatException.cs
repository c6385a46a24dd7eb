namespace PacsLab.Dicom;

/// <summary>
/// The bytes are not a data set this toolkit can read. Names where the problem is (byte offset from the start of
/// the stream, or of the inflated data for deflated files) and, when known, the tag being read.
/// </summary>
public sealed class DicomFormatException : Exception
{
    public DicomFormatException(string problem, long offset, DicomTag? tag = null, Exception? inner = null)
        : base(Describe(problem, offset, tag), inner)
    {
        Problem = problem;
        Offset = offset;
        Tag = tag;
    }

    public string Problem { get; }
    public long Offset { get; }
    public DicomTag? Tag { get; }

    private static string Describe(string problem, long offset, DicomTag? tag) =>
        tag is { } t ? $"{problem} (element {t} at byte offset {offset})" : $"{problem} (at byte offset {offset})";
}
