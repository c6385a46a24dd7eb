using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.Department.Workstation;

/// <summary>
/// The reading workstation (RAD_WS1): a C-STORE SCP that keeps what it receives under its data directory, a list
/// of the studies it holds, and "retrieve priors" from the PACS by C-FIND and C-MOVE to its own AE title.
/// </summary>
public sealed class ReadingWorkstation : IAsyncDisposable
{
    private readonly ReceivedImageStore _store;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly IPAddress _listenAddress;
    private readonly int _configuredPort;
    private readonly TimeSpan _connectTimeout;
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private DicomServer? _server;
    private bool _loaded;
    private DicomNode _pacs;

    public ReadingWorkstation(string aeTitle, int port, DicomNode pacs, string dataDirectory, ILoggerFactory loggers, TimeProvider? time = null,
        IPAddress? listenAddress = null, TimeSpan? connectTimeout = null)
    {
        if (AeTitleRule.Problem(aeTitle) is { } problem) throw new ArgumentException(problem, nameof(aeTitle));
        AeTitle = aeTitle.Trim();
        _configuredPort = port;
        _pacs = pacs;
        DataDirectory = Path.GetFullPath(dataDirectory);
        _loggers = loggers;
        _logger = loggers.CreateLogger($"PacsLab.Department.Workstation.{AeTitle}");
        _time = time ?? TimeProvider.System;
        _listenAddress = listenAddress ?? IPAddress.Loopback;
        _connectTimeout = connectTimeout ?? TimeSpan.FromSeconds(10);
        _store = new ReceivedImageStore(DataDirectory, _logger);
    }

    /// <summary>The workstation as department.yaml describes it.</summary>
    public static ReadingWorkstation Create(DepartmentOptions department, ILoggerFactory loggers, TimeProvider? time = null) =>
        new(department.Workstation.AeTitle, department.Workstation.Port, department.PacsOfWorkstation(), department.WorkstationDataDirectory(), loggers,
            time, IPAddress.Parse(department.ListenAddress), TimeSpan.FromSeconds(department.Workstation.ConnectTimeoutSeconds));

    public string AeTitle { get; }
    public string DataDirectory { get; }

    /// <summary>The PACS it queries and retrieves from.</summary>
    public DicomNode Pacs => Volatile.Read(ref _pacs);

    /// <summary>The port its C-STORE SCP is bound to (the one picked when configured as 0), or null while stopped.</summary>
    public int? Port => _server?.LocalEndPoint.Port;

    /// <summary>The studies it holds, most recently received first.</summary>
    public IReadOnlyList<ReceivedStudy> ReceivedStudies => _store.Index.Studies();

    /// <summary>Points the workstation at another PACS (e.g. once the lab's PACS has bound its port).</summary>
    public void UsePacs(DicomNode pacs)
    {
        var errors = new List<ConfigurationError>();
        if (PortRule.HostProblem(pacs.Host) is { } host) errors.Add(new ConfigurationError("pacs.host", host));
        if (PortRule.RemoteProblem(pacs.Port) is { } port) errors.Add(new ConfigurationError("pacs.port", port));
        if (AeTitleRule.Problem(pacs.AeTitle) is { } title) errors.Add(new ConfigurationError("pacs.aeTitle", title));
        if (errors.Count > 0) throw new DeviceInputException("The PACS was not changed", errors);
        Volatile.Write(ref _pacs, pacs);
    }

    /// <summary>Lists the images already held, then accepts associations. Throws when its port cannot be bound.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_server is not null) return;
            if (!_loaded)
            {
                await _store.LoadAsync(cancellationToken).ConfigureAwait(false);
                _loaded = true;
            }
            var server = new DicomServer(
                new DicomServerOptions
                {
                    Address = _listenAddress,
                    Port = _configuredPort,
                    Association = new AssociationOptions { SpoolDirectory = _store.Incoming },
                },
                new AssociationPolicy { AeTitle = AeTitle, SupportedSyntaxes = WorkstationSyntaxes.Accepted },
                new DimseServiceHandlers { Store = new WorkstationStoreHandler(_store, _time, _logger) },
                _loggers.CreateLogger($"PacsLab.Department.Workstation.{AeTitle}.Associations"));
            try
            {
                server.Start();
            }
            catch (SocketException ex)
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"Workstation {AeTitle} cannot listen on port {_configuredPort} ({ex.SocketErrorCode}: {ex.Message}). " +
                    "Another program uses it: change workstation.port in department.yaml, or use 0 to pick a free port.", ex);
            }
            _server = server;
            WorkstationLog.Started(_logger, AeTitle, server.LocalEndPoint.Port, _store.Index.Count, DataDirectory);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Stops accepting; associations in progress may finish first.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_server is not { } server) return;
            _server = null;
            await server.DisposeAsync().ConfigureAwait(false);
            WorkstationLog.Stopped(_logger, AeTitle);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>C-ECHO to the PACS as this workstation.</summary>
    public Task<VerificationResult> VerifyAsync(CancellationToken cancellationToken = default) =>
        EchoVerifier.EchoAsync("PACS", Pacs, AeTitle, _connectTimeout, cancellationToken);

    /// <summary>
    /// Finds the patient's studies on the PACS and moves each one (or only <paramref name="studyInstanceUid"/>) here.
    /// Throws <see cref="DeviceInputException"/> for a Patient ID that is empty or would match other patients.
    /// </summary>
    public async Task<PriorsRetrieval> RetrievePriorsAsync(string patientId, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<ConfigurationError>();
        if (string.IsNullOrWhiteSpace(patientId))
            errors.Add(new ConfigurationError("patientId", "give the patient's ID"));
        else if (patientId.IndexOfAny(['*', '?', '\\']) >= 0)
            errors.Add(new ConfigurationError("patientId", $"'{patientId}' contains '*', '?' or '\\', which C-FIND treats as wildcards or separators and would fetch other patients' studies"));
        if (studyInstanceUid is not null && (studyInstanceUid.Length is 0 or > 64 || studyInstanceUid.Any(c => c != '.' && !char.IsAsciiDigit(c))))
            errors.Add(new ConfigurationError("studyInstanceUid", $"'{studyInstanceUid}' is not a UID (digits and dots, at most 64 characters)"));
        if (errors.Count > 0) throw new DeviceInputException("The priors were not retrieved", errors);

        var result = await PriorsRetriever.RetrieveAsync(Pacs, AeTitle, Port, patientId.Trim(), studyInstanceUid, _connectTimeout, cancellationToken)
            .ConfigureAwait(false);
        WorkstationLog.PriorsRetrieved(_logger, patientId, result.Summary);
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _lifecycle.Dispose();
    }
}
