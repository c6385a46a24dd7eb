namespace PacsLab.Department.Modalities;

/// <summary>Where a send job is: waiting its first try, being sent, delivered, waiting to retry, or given up on.</summary>
public enum SendJobState
{
    Queued,
    Sending,
    Sent,

    /// <summary>The last attempt failed; the next one is at <see cref="SendJob.NextAttemptAt"/>.</summary>
    WaitingRetry,

    /// <summary>Every allowed attempt failed; it waits for the operator to resend it.</summary>
    Failed,
}
