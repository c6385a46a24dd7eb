namespace PacsLab.Department.Modalities;

/// <summary>
/// One image of a send job and what happened to it on the last attempt that reached it: the C-STORE status
/// (e.g. "0xA700") and its meaning, or why it could not be sent.
/// </summary>
public sealed record InstanceSendResult
{
    /// <summary>The file's name in the job's folder (never built from a UID).</summary>
    public required string FileName { get; init; }

    public required string SopClassUid { get; init; }
    public required string SopInstanceUid { get; init; }
    public required string TransferSyntaxUid { get; init; }
    public InstanceSendState State { get; init; } = InstanceSendState.Pending;

    /// <summary>The C-STORE response status, "0x0000" style; null when no response came.</summary>
    public string? Status { get; init; }

    public string? Message { get; init; }

    public bool IsDelivered => State is InstanceSendState.Sent or InstanceSendState.SentWithWarning;
}
