namespace PacsLab.Pacs.Index;

/// <summary>Who changed what, when, with the state before and after (JSON), for every correction and setting change.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string Summary { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
}
