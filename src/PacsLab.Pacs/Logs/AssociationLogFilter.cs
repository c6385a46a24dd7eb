namespace PacsLab.Pacs.Logs;

/// <summary>Which association log rows to show; every criterion is optional.</summary>
public sealed record AssociationLogFilter
{
    public string? CallingAeTitle { get; init; }
    public string? CalledAeTitle { get; init; }
    public string? PeerAddress { get; init; }
    public bool? Accepted { get; init; }

    /// <summary>Only associations with at least one failed DIMSE operation.</summary>
    public bool? WithFailures { get; init; }

    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public int Limit { get; init; } = 100;
}
