namespace PacsLab.Dicom;

public sealed record DicomWriteOptions
{
    public static readonly DicomWriteOptions Default = new();

    /// <summary>Write every sequence and item with an explicit length, whatever length form it was read with.</summary>
    public bool ExplicitLengthSequences { get; init; }
}
