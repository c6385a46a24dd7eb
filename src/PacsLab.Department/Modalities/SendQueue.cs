using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// A modality's outbox: every acquired study becomes a <see cref="SendJob"/> that is sent, and on failure retried
/// with exponential back-off (<see cref="RetrySchedule"/>) on the <see cref="TimeProvider"/>'s clock, until it is
/// delivered or has used its attempts. One study is sent at a time, by the background worker or by
/// <see cref="ResendAsync"/>. Jobs and their files live under the studies folder and survive a restart.
/// </summary>
public sealed class SendQueue : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SendJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SendJobStore _store;
    private readonly Func<ModalityNetworkSettings> _settings;
    private readonly SendJobAttempt _attempt;
    private readonly RetrySchedule _schedule;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CancellationTokenSource? _stopping;
    private Task _worker = Task.CompletedTask;

    public SendQueue(SendJobStore store, Func<ModalityNetworkSettings> settings, SendQueueOptions options, TimeProvider time, ILogger logger)
    {
        _store = store;
        _settings = settings;
        _schedule = RetrySchedule.From(options);
        _attempt = new SendJobAttempt(store, options, _schedule, time, logger);
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised after every change of a job (already persisted), on the thread that changed it.</summary>
    public event Action<SendJob>? JobChanged;

    /// <summary>All jobs, oldest first; sent ones included (their history stays).</summary>
    public IReadOnlyList<SendJob> Jobs => _jobs.Values.OrderBy(j => j.CreatedAt).ThenBy(j => j.Id, StringComparer.Ordinal).ToList();

    public SendJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>True while a study is being sent.</summary>
    public bool IsSending => _sending.CurrentCount == 0;

    public string FolderOf(string jobId) => _store.FolderOf(jobId);

    /// <summary>
    /// Reads the jobs left on disk. A job that was being sent when the device stopped waits for an immediate retry;
    /// its images that were acknowledged are not sent again.
    /// </summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var job in await _store.LoadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var loaded = job;
            if (job.State == SendJobState.Sending)
            {
                loaded = job with
                {
                    State = SendJobState.WaitingRetry,
                    NextAttemptAt = _time.GetUtcNow(),
                    LastError = new DeviceError(DeviceErrorKind.AssociationEnded, "the send attempt was interrupted: the device stopped during it",
                        "The images that were not acknowledged are sent again now."),
                };
                await _store.SaveAsync(loaded, cancellationToken).ConfigureAwait(false);
            }
            _jobs[loaded.Id] = loaded;
        }
        ModalityLog.JobsLoaded(_logger, _jobs.Count, _jobs.Values.Count(j => j.State is SendJobState.Queued or SendJobState.WaitingRetry), _store.Root);
    }

    public void Start()
    {
        if (_stopping is not null) return;
        _stopping = new CancellationTokenSource();
        var token = _stopping.Token;
        _worker = Task.Run(() => WorkAsync(token), CancellationToken.None);
    }

    /// <summary>Stops the worker; a study being sent is interrupted and retried on the next start.</summary>
    public async Task StopAsync()
    {
        if (_stopping is not { } stopping) return;
        await stopping.CancelAsync().ConfigureAwait(false);
        await _worker.ConfigureAwait(false);
        stopping.Dispose();
        _stopping = null;
    }

    /// <summary>Queues a new job (its files already in its folder) and persists it; the worker sends it at once.</summary>
    public async Task<SendJob> EnqueueAsync(SendJob job, CancellationToken cancellationToken)
    {
        var queued = job with { State = SendJobState.Queued, NextAttemptAt = _time.GetUtcNow() };
        await _store.SaveAsync(queued, cancellationToken).ConfigureAwait(false);
        _jobs[queued.Id] = queued;
        ModalityLog.JobQueued(_logger, queued.Id, queued.StudyInstanceUid, queued.Instances.Count);
        Raise(queued);
        Wake();
        return queued;
    }

    /// <summary>
    /// Sends the job now, whatever its state: a waiting or failed job gets a fresh round of attempts; a sent one is
    /// sent again in full (when its files are still there). Returns the job after the attempt; null for an unknown id.
    /// </summary>
    public async Task<SendJob?> ResendAsync(string jobId, CancellationToken cancellationToken)
    {
        if (!_jobs.ContainsKey(jobId)) return null;
        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var job = _jobs[jobId];
            if (job.State == SendJobState.Sent)
            {
                if (job.FilesDeleted)
                    throw new DeviceInputException("The job cannot be resent",
                        [new ConfigurationError("jobId", $"the images of job {jobId} were deleted after they were delivered (sendQueue.deleteFilesAfterSend)")]);
                job = job with { Instances = job.Instances.Select(i => i with { State = InstanceSendState.Pending, Status = null, Message = null }).ToList() };
            }
            ModalityLog.JobResent(_logger, jobId, job.State.ToString());
            return await AttemptAsync(job with { ConsecutiveFailures = 0 }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
            Wake();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _sending.Dispose();
    }

    private void Wake() => _wake.Writer.TryWrite(true);

    private async Task WorkAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var waiting = _jobs.Values.Where(j => j.State is SendJobState.Queued or SendJobState.WaitingRetry).ToList();
            var due = waiting.Where(j => (j.NextAttemptAt ?? DateTimeOffset.MinValue) <= now)
                .OrderBy(j => j.NextAttemptAt).ThenBy(j => j.CreatedAt).FirstOrDefault();
            if (due is not null)
            {
                try
                {
                    await SendDueAsync(due.Id, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The job's state could not be written: wait for the next wake-up rather than spin on the same job.
                    ModalityLog.JobStateNotSaved(_logger, ex, due.Id);
                    await WaitAsync(now, now + _schedule.FirstDelay, stopping).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stopping.IsCancellationRequested)
                {
                    // Anything else must not end the worker silently (the device would look idle with jobs waiting).
                    ModalityLog.AttemptCrashed(_logger, ex, due.Id);
                    await WaitAsync(now, now + _schedule.FirstDelay, stopping).ConfigureAwait(false);
                }
                continue;
            }
            await WaitAsync(now, waiting.Min(j => j.NextAttemptAt), stopping).ConfigureAwait(false);
        }
    }

    /// <summary>Until <paramref name="until"/> on the queue's clock (null: no limit), something is queued or resent, or the queue stops.</summary>
    private async Task WaitAsync(DateTimeOffset now, DateTimeOffset? until, CancellationToken stopping)
    {
        // A long wait is cut into hours: timers do not take arbitrarily long delays, and the loop re-checks anyway.
        var delay = until is { } at ? Clamp(at - now) : Timeout.InfiniteTimeSpan;
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var timer = Task.Delay(delay, _time, either.Token);
        var woken = _wake.Reader.WaitToReadAsync(either.Token).AsTask();
        // The clock may have moved between reading it and arming the timer; the timer would then fire late.
        if (until is not { } due || _time.GetUtcNow() < due) await Task.WhenAny(timer, woken).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        while (_wake.Reader.TryRead(out _))
        {
        }
    }

    private async Task SendDueAsync(string jobId, CancellationToken stopping)
    {
        await _sending.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            // A resend may have dealt with it while this waited.
            var job = _jobs[jobId];
            if (job.State is not (SendJobState.Queued or SendJobState.WaitingRetry) || job.NextAttemptAt > _time.GetUtcNow()) return;
            await AttemptAsync(job, stopping).ConfigureAwait(false);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>One attempt, under the sending lock.</summary>
    private Task<SendJob> AttemptAsync(SendJob job, CancellationToken cancellationToken) =>
        _attempt.RunAsync(job, _settings(), UpdateAsync, cancellationToken);

    private async Task UpdateAsync(SendJob job, CancellationToken cancellationToken)
    {
        await _store.SaveAsync(job, cancellationToken).ConfigureAwait(false);
        _jobs[job.Id] = job;
        Raise(job);
    }

    private void Raise(SendJob job)
    {
        try
        {
            JobChanged?.Invoke(job);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            ModalityLog.ObserverFailed(_logger, ex, job.Id);
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait;
}
