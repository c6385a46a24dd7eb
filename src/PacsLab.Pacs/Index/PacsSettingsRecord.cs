namespace PacsLab.Pacs.Index;

/// <summary>
/// The association checks an administrator can switch at run time (one row). Seeded from configuration on first
/// start; afterwards the database holds the truth, so a change survives a restart as it would on a real PACS.
/// </summary>
public sealed class PacsSettingsRecord
{
    public int Id { get; set; } = 1;
    public bool CheckCalledAeTitle { get; set; } = true;
    public bool CheckCallingAeTitle { get; set; } = true;
    public bool CheckPeerHost { get; set; }
}
