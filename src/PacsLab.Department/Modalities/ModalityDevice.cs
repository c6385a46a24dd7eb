using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;
using PacsLab.Department.Ris;
using PacsLab.Department.Synthesis;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Department.Modalities;

/// <summary>
/// A simulated modality (CT, MR, CR, US): its own AE title and C-ECHO SCP, a service menu, a worklist client,
/// acquisition into its data directory, and a send queue to the destination. Everything it knows lives under
/// <see cref="DataDirectory"/>; a new device on the same folder picks up the jobs where the old one left them.
/// </summary>
public sealed class ModalityDevice : IAsyncDisposable
{
    private readonly EchoListener _listener;
    private readonly SendQueue _queue;
    private readonly StudyAcquisition _acquisition;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private readonly object _errorLock = new();
    private bool _loaded;
    private bool _running;
    private int _acquiring;
    private DeviceError? _lastError;
    private DateTimeOffset? _lastErrorAt;

    public ModalityDevice(ModalityDeviceOptions options, ModalityNetworkSettings network, string dataDirectory, IStudySynthesizer synthesizer,
        IProcedureStepReporter reporter, ILoggerFactory loggers, TimeProvider? time = null, IPAddress? listenAddress = null)
    {
        Options = options;
        DataDirectory = Path.GetFullPath(dataDirectory);
        _time = time ?? TimeProvider.System;
        _logger = loggers.CreateLogger($"PacsLab.Department.Modalities.{options.Name}");
        _listener = new EchoListener(listenAddress ?? IPAddress.Loopback, () => ServiceMenu!.Current.AeTitle, loggers.CreateLogger($"PacsLab.Department.Modalities.{options.Name}.Associations"));
        ServiceMenu = new ModalityServiceMenu(network, _listener, TimeSpan.FromSeconds(options.SendQueue.ConnectTimeoutSeconds), _logger,
            new NetworkSettingsStore(DataDirectory));
        _queue = new SendQueue(new SendJobStore(Path.Combine(DataDirectory, "studies"), _logger), () => ServiceMenu.Current, options.SendQueue, _time, _logger);
        _queue.JobChanged += OnJobChanged;
        _acquisition = new StudyAcquisition(options, synthesizer, reporter, _queue, _time, _logger);
    }

    /// <summary>The device as department.yaml describes it (destination: the PACS, worklist: the RIS, unless it says otherwise).</summary>
    public static ModalityDevice Create(DepartmentOptions department, ModalityDeviceOptions modality, IStudySynthesizer synthesizer,
        IProcedureStepReporter reporter, ILoggerFactory loggers, TimeProvider? time = null) =>
        new(modality, ModalityNetworkSettings.From(department, modality), department.DataDirectoryOf(modality), synthesizer, reporter, loggers, time,
            IPAddress.Parse(department.ListenAddress));

    public ModalityDeviceOptions Options { get; }
    public string Name => Options.Name;
    public string Modality => Options.Modality;
    public string DataDirectory { get; }
    public ModalityServiceMenu ServiceMenu { get; }

    /// <summary>The port its C-ECHO SCP is bound to (the one picked when configured as 0), or null while stopped.</summary>
    public int? Port => _listener.Port;

    /// <summary>Every send job, oldest first, the sent ones included.</summary>
    public IReadOnlyList<SendJob> Jobs => _queue.Jobs;

    public SendJob? FindJob(string jobId) => _queue.Find(jobId);

    /// <summary>Raised after each change of a job (persisted already); handlers must be quick.</summary>
    public event Action<SendJob>? JobChanged;

    public ModalityStatus Status
    {
        get
        {
            var jobs = _queue.Jobs;
            var activity = !_running ? ModalityActivity.Stopped
                : Volatile.Read(ref _acquiring) > 0 ? ModalityActivity.Acquiring
                : _queue.IsSending ? ModalityActivity.Sending
                : ModalityActivity.Idle;
            lock (_errorLock)
            {
                return new ModalityStatus(Name, Modality, ServiceMenu.Current.AeTitle, Port, activity,
                    jobs.Count(j => j.State is SendJobState.Queued or SendJobState.Sending or SendJobState.WaitingRetry),
                    jobs.Count(j => j.State == SendJobState.Failed), jobs.Count(j => j.State == SendJobState.Sent), _lastError, _lastErrorAt);
            }
        }
    }

    /// <summary>Loads the jobs left on disk, opens the C-ECHO SCP and starts sending. Throws when its port cannot be bound.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_running) return;
            Directory.CreateDirectory(DataDirectory);
            if (!_loaded)
            {
                await _queue.LoadAsync(cancellationToken).ConfigureAwait(false);
                _loaded = true;
            }
            var settings = ServiceMenu.Current;
            int port;
            try
            {
                port = await _listener.ListenAsync(settings.Port).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                throw new InvalidOperationException($"{Name} cannot listen on port {settings.Port} ({ex.SocketErrorCode}: {ex.Message}). " +
                    $"Another program uses it: change modalities[{Name}].port in department.yaml, or use 0 to pick a free port.", ex);
            }
            _queue.Start();
            _running = true;
            ModalityLog.Started(_logger, Name, Modality, settings.AeTitle, port, settings.Destination.ToString(), settings.Worklist.ToString());
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops sending (a study being sent is retried at the next start) and closes the C-ECHO SCP.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_running) return;
            await _queue.StopAsync().ConfigureAwait(false);
            await _listener.StopAsync().ConfigureAwait(false);
            _running = false;
            ModalityLog.Stopped(_logger, Name);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>The service menu's Verify: C-ECHO to the destination and the worklist.</summary>
    public async Task<VerificationReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var report = await ServiceMenu.VerifyAsync(cancellationToken).ConfigureAwait(false);
        // A good echo or worklist answer does not clear a send error: the jobs may still be failing (a lost AE title).
        if ((report.Destination.Error ?? report.Worklist.Error) is { } verifyError) Record(verifyError);
        return report;
    }

    /// <summary>Asks the worklist for this station's steps (its AE title and modality) on the given days; default: today, widened as configured.</summary>
    public async Task<WorklistResult> QueryWorklistAsync(WorklistQuery? query = null, CancellationToken cancellationToken = default)
    {
        var settings = ServiceMenu.Current;
        query ??= WorklistQuery.Around(DateOnly.FromDateTime(_time.GetLocalNow().DateTime), Options.Acquisition);
        var result = await WorklistClient.QueryAsync(settings.Worklist, settings.AeTitle, Modality, query,
            TimeSpan.FromSeconds(Options.SendQueue.ConnectTimeoutSeconds), cancellationToken).ConfigureAwait(false);
        if (result.Error is { } error) ModalityLog.WorklistFailed(_logger, error.Kind.ToString(), error.Message);
        else ModalityLog.WorklistQueried(_logger, result.Summary);
        if (result.Error is { } worklistError) Record(worklistError);
        return result;
    }

    /// <summary>Acquires the study a worklist item orders, with its demographics, accession number and Study Instance UID.</summary>
    public Task<AcquisitionResult> AcquireAsync(WorklistItem item, CancellationToken cancellationToken = default) =>
        AcquireAsync(AcquisitionOrder.From(item), cancellationToken);

    /// <summary>
    /// Registers a patient typed in by hand and acquires the study. Throws <see cref="DeviceInputException"/> only
    /// for input that cannot become valid DICOM; typos pass, as they do at a real console.
    /// </summary>
    public Task<AcquisitionResult> RegisterManuallyAsync(ManualRegistration registration, CancellationToken cancellationToken = default)
    {
        var errors = ManualRegistrationRules.Check(registration);
        if (errors.Count > 0) throw new DeviceInputException("The patient was not registered", errors);
        return AcquireAsync(AcquisitionOrder.From(registration, _time.GetLocalNow().DateTime), cancellationToken);
    }

    /// <summary>Sends the job now (see <see cref="SendQueue.ResendAsync"/>); null for an unknown job id.</summary>
    public Task<SendJob?> ResendAsync(string jobId, CancellationToken cancellationToken = default) => _queue.ResendAsync(jobId, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _queue.DisposeAsync().ConfigureAwait(false);
        await _listener.DisposeAsync().ConfigureAwait(false);
        _lifecycle.Dispose();
    }

    private async Task<AcquisitionResult> AcquireAsync(AcquisitionOrder order, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _acquiring);
        try
        {
            return await _acquisition.RunAsync(order, ServiceMenu.Current.AeTitle, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _acquiring);
        }
    }

    private void OnJobChanged(SendJob job)
    {
        if (job.State == SendJobState.Sent) Record(null);
        else if (job.State is SendJobState.WaitingRetry or SendJobState.Failed && job.LastError is { } error) Record(error);
        JobChanged?.Invoke(job);
    }

    /// <summary>The last error stays until a later network operation succeeds.</summary>
    private void Record(DeviceError? error)
    {
        lock (_errorLock)
        {
            _lastError = error;
            _lastErrorAt = error is null ? null : _time.GetUtcNow();
        }
    }
}
