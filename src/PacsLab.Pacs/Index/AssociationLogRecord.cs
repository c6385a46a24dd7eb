namespace PacsLab.Pacs.Index;

/// <summary>One association attempt as the PACS's association log keeps it.</summary>
public sealed class AssociationLogRecord
{
    public long Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public long DurationMs { get; set; }
    public string PeerAddress { get; set; } = "";
    public int PeerPort { get; set; }
    public string CallingAeTitle { get; set; } = "";
    public string CalledAeTitle { get; set; } = "";
    public bool Accepted { get; set; }

    /// <summary>For a rejection: the A-ASSOCIATE-RJ fields and what they mean, in plain words.</summary>
    public string? RejectReason { get; set; }

    public required string Outcome { get; set; }
    public required string OutcomeDescription { get; set; }
    public string ProposedAbstractSyntaxes { get; set; } = "";
    public string AcceptedContexts { get; set; } = "";

    /// <summary>Proposed abstract syntaxes the PACS did not accept, one per line with the PS3.8 Table 9-18 result and why.</summary>
    public string RefusedContexts { get; set; } = "";

    /// <summary>The DIMSE operations, one per line: operation, SOP class, SOP instance, status, error comment.</summary>
    public string Operations { get; set; } = "";

    public int OperationCount { get; set; }
    public int FailedOperationCount { get; set; }
    public long BytesReceived { get; set; }
    public long BytesSent { get; set; }
}
