namespace PacsLab.Pacs.Corrections;

/// <summary>What every correction reports: the audit action, the plain-words summary the audit log holds, and the files rewritten.</summary>
public abstract record CorrectionResult
{
    /// <summary>The audit record's action, e.g. "study-reassigned".</summary>
    public required string Action { get; init; }

    /// <summary>The summary written to the audit log, for the trainee.</summary>
    public required string Summary { get; init; }

    /// <summary>Instance files written anew (SOP Instance UIDs unchanged; content, and so file name, changed).</summary>
    public int InstancesRewritten { get; init; }

    /// <summary>The audit record written in the same transaction as the change.</summary>
    public long AuditRecordId { get; init; }
}
