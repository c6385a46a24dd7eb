namespace PacsLab.Pacs.Index;

/// <summary>
/// The association checks and the other settings an administrator can change at run time (one row). Seeded from configuration on first
/// start; afterwards the database holds the truth, so a change survives a restart as it would on a real PACS.
/// </summary>
public sealed class PacsSettingsRecord
{
    public int Id { get; set; } = 1;
    public bool CheckCalledAeTitle { get; set; } = true;
    public bool CheckCallingAeTitle { get; set; } = true;
    public bool CheckPeerHost { get; set; }

    /// <summary>Archive size limit in bytes (0: none); null until an administrator sets one, then configuration's value counts.</summary>
    public long? StorageQuotaBytes { get; set; }

    /// <summary>Storage SOP Class UIDs refused in association negotiation, one per line.</summary>
    public string RefusedSopClasses { get; set; } = "";

    /// <summary>Transfer Syntax UIDs refused for storage in association negotiation, one per line.</summary>
    public string RefusedTransferSyntaxes { get; set; } = "";
}
