namespace PacsLab.Department.Configuration;

/// <summary>
/// Where a device connects, when it is not the default (the PACS for sending, the RIS for the worklist). Each field
/// left out falls back to the default's, so <c>destination: { aeTitle: PACS_BACKUP }</c> changes only the title.
/// </summary>
public sealed class DicomNodeOptions
{
    public string? Host { get; set; }
    public int? Port { get; set; }
    public string? AeTitle { get; set; }

    public DicomNode Over(DicomNode fallback) => new(Host ?? fallback.Host, Port ?? fallback.Port, AeTitle ?? fallback.AeTitle);
}
