namespace PacsLab.Dicom.Query;

/// <summary>Choices PS3.4 C.2.2.2 leaves to the implementation.</summary>
public sealed record DicomQueryOptions
{
    public static DicomQueryOptions Default { get; } = new();

    /// <summary>
    /// Match PN keys case-sensitively. Off by default: PS3.4 C.2.2.2.1 and C.2.2.2.4 allow PN matching that ignores
    /// case, and Orthanc and dcm4chee do so by default, so <c>doe^john</c> finds <c>DOE^JOHN</c>.
    /// </summary>
    public bool CaseSensitivePersonNames { get; init; }
}
