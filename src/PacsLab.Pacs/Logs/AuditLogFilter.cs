namespace PacsLab.Pacs.Logs;

public sealed record AuditLogFilter
{
    public string? Actor { get; init; }
    public string? Action { get; init; }

    /// <summary>A substring of the target, e.g. a Study Instance UID or an AE title.</summary>
    public string? Target { get; init; }

    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    public int Limit { get; init; } = 100;
}
