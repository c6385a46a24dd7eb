namespace PacsLab.Department.Modalities;

/// <summary>
/// Sending one acquired study to the destination: its state, attempts, the time of the next try, each image's result
/// and the exact error of the last attempt. Immutable; the queue replaces it on every change and persists it as
/// job.json next to the images.
/// </summary>
public sealed record SendJob
{
    /// <summary>Also the name of the job's folder: letters, digits and '-', never a UID.</summary>
    public required string Id { get; init; }

    public required string StudyInstanceUid { get; init; }
    public string AccessionNumber { get; init; } = "";
    public string PatientId { get; init; } = "";
    public string PatientName { get; init; } = "";
    public string? StudyDescription { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public SendJobState State { get; init; } = SendJobState.Queued;
    /// <summary>Every attempt so far, resends included.</summary>
    public int Attempts { get; init; }

    /// <summary>Failed attempts since the last success or resend: what the back-off and maxAttempts count.</summary>
    public int ConsecutiveFailures { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The failure of the last attempt, null after a successful one.</summary>
    public DeviceError? LastError { get; init; }

    /// <summary>The image files were removed after delivery (sendQueue.deleteFilesAfterSend); the record stays.</summary>
    public bool FilesDeleted { get; init; }

    public required IReadOnlyList<InstanceSendResult> Instances { get; init; }
    public IReadOnlyList<SendAttemptRecord> History { get; init; } = [];

    public int DeliveredCount => Instances.Count(i => i.IsDelivered);
}
