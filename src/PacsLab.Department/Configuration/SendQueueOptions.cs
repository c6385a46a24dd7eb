namespace PacsLab.Department.Configuration;

/// <summary>
/// How a modality's send queue retries: the first retry after <see cref="FirstRetryDelaySeconds"/>, each next one
/// after twice the previous delay, never more than <see cref="MaxRetryDelaySeconds"/>.
/// </summary>
public sealed class SendQueueOptions
{
    public int FirstRetryDelaySeconds { get; set; } = 10;
    public int MaxRetryDelaySeconds { get; set; } = 600;

    /// <summary>Attempts before a job is marked Failed and waits for the operator to resend it; 0 retries for ever.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>
    /// Delete a job's image files once every instance was delivered (the job's record stays either way), as modalities
    /// clear their local disk after a confirmed send; with a study every 30 s, keeping them all would fill the disk.
    /// </summary>
    public bool DeleteFilesAfterSend { get; set; } = true;

    /// <summary>How long to wait for a TCP connection to the destination.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 10;
}
