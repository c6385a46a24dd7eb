namespace PacsLab.Pacs.Index;

/// <summary>A known remote application entity: an AE table row, with what it may do.</summary>
public sealed class RemoteAeRecord
{
    public long Id { get; set; }
    public required string AeTitle { get; set; }
    public required string Host { get; set; }
    public int Port { get; set; }
    public string Description { get; set; } = "";
    public bool MayStore { get; set; } = true;
    public bool MayQuery { get; set; } = true;
    public bool MayRetrieve { get; set; } = true;
    public bool IsMoveDestination { get; set; }
}
