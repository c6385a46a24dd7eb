namespace PacsLab.Dicom;

public sealed record DicomDumpOptions
{
    public static readonly DicomDumpOptions Default = new();

    /// <summary>
    /// Longest value text shown before it is cut with "..." (as dcmdump does without +L); 0 shows every value whole.
    /// </summary>
    public int MaxValueWidth { get; init; } = 64;
}
