using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// One send attempt of a job and what follows from it: Sending, then Sent (images deleted if so configured),
/// WaitingRetry with the back-off's next time, or Failed once maxAttempts failures in a row are used up. Every
/// state is handed to the queue to persist before the next step.
/// </summary>
internal sealed class SendJobAttempt(SendJobStore store, SendQueueOptions options, RetrySchedule schedule, TimeProvider time, ILogger logger)
{
    private const int HistoryLength = 20;

    /// <param name="update">Persists and publishes each state of the job.</param>
    public async Task<SendJob> RunAsync(SendJob job, ModalityNetworkSettings settings, Func<SendJob, CancellationToken, Task> update,
        CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        job = job with { State = SendJobState.Sending, Attempts = job.Attempts + 1, LastAttemptAt = started, NextAttemptAt = null };
        await update(job, CancellationToken.None).ConfigureAwait(false);
        ModalityLog.Sending(logger, job.Id, job.Attempts, settings.Destination.ToString(), settings.AeTitle, job.Instances.Count(i => !i.IsDelivered));

        SendAttemptOutcome outcome;
        try
        {
            outcome = await StudySender.SendAsync(job, store.FolderOf(job.Id), settings.Destination, settings.AeTitle,
                TimeSpan.FromSeconds(options.ConnectTimeoutSeconds), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            var interrupted = job with
            {
                State = SendJobState.WaitingRetry, NextAttemptAt = time.GetUtcNow(),
                LastError = new DeviceError(DeviceErrorKind.AssociationEnded, "the send attempt was interrupted: the device stopped during it",
                    "The images that were not acknowledged are sent again on the next attempt."),
            };
            await update(interrupted, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            // Not a network failure (those come back as the outcome's error): keep the job and say what broke.
            ModalityLog.AttemptCrashed(logger, ex, job.Id);
            outcome = new SendAttemptOutcome(job.Instances, new DeviceError(DeviceErrorKind.AssociationEnded,
                $"the send attempt failed inside the device: {ex.Message}",
                "This looks like a fault in PacsLab's device simulation; the job is retried, and the device log has the details."));
        }

        var finished = time.GetUtcNow();
        var delivered = outcome.Instances.Count(i => i.IsDelivered);
        var error = outcome.Error ?? (delivered < outcome.Instances.Count
            ? new DeviceError(DeviceErrorKind.AssociationEnded, $"{outcome.Instances.Count - delivered} images were not acknowledged", "They are sent again on the next attempt.")
            : null);
        var record = new SendAttemptRecord(job.Attempts, started, finished, settings.Destination.ToString(), settings.AeTitle, delivered,
            outcome.Instances.Count(i => i.State == InstanceSendState.Failed), error?.Message ?? $"all {outcome.Instances.Count} images delivered");
        var history = job.History.Append(record).TakeLast(HistoryLength).ToList();

        if (error is null)
        {
            job = job with
            {
                State = SendJobState.Sent, SentAt = finished, LastError = null, ConsecutiveFailures = 0, Instances = outcome.Instances, History = history,
            };
            if (options.DeleteFilesAfterSend) job = job with { FilesDeleted = DeleteImages(job) };
            await update(job, CancellationToken.None).ConfigureAwait(false);
            ModalityLog.Sent(logger, job.Id, job.Instances.Count, settings.Destination.ToString(), job.Attempts);
            return job;
        }

        var failures = job.ConsecutiveFailures + 1;
        var giveUp = options.MaxAttempts > 0 && failures >= options.MaxAttempts;
        job = job with
        {
            State = giveUp ? SendJobState.Failed : SendJobState.WaitingRetry,
            ConsecutiveFailures = failures,
            NextAttemptAt = giveUp ? null : finished + schedule.DelayAfter(failures),
            LastError = error,
            Instances = outcome.Instances,
            History = history,
        };
        await update(job, CancellationToken.None).ConfigureAwait(false);
        if (giveUp) ModalityLog.GaveUp(logger, job.Id, failures, error.Message);
        else ModalityLog.SendFailed(logger, job.Id, job.Attempts, error.Kind.ToString(), error.Message, job.NextAttemptAt!.Value);
        return job;
    }

    private bool DeleteImages(SendJob job)
    {
        var folder = store.FolderOf(job.Id);
        try
        {
            foreach (var instance in job.Instances) File.Delete(Path.Combine(folder, instance.FileName));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ModalityLog.ImagesNotDeleted(logger, ex, job.Id);
            return false;
        }
    }
}
