using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Department.Ris.Orders;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using AeTitles = PacsLab.Dicom.Network.Pdu.AeTitle;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>
/// The RIS on the network: a DICOM listener on 127.0.0.1 that answers Verification and Modality Worklist C-FIND
/// for its AE title (<see cref="RisOptions.AeTitle"/>, default RIS) and rejects associations that call another title
/// (A-ASSOCIATE-RJ source 1, reason 7). A rejected or failed association does not affect the next one.
/// </summary>
public sealed class WorklistServer : IAsyncDisposable
{
    private readonly RisOptions _options;
    private readonly OrderBook _orders;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private DicomServer? _server;
    private bool _stopped;

    public WorklistServer(RisOptions options, OrderBook orders, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(orders);
        _options = options;
        _orders = orders;
        _loggers = loggers ?? NullLoggerFactory.Instance;
        _logger = _loggers.CreateLogger<WorklistServer>();
    }

    public string AeTitle => AeTitles.Normalize(_options.AeTitle);

    /// <summary>Where it listens; the port is the one bound when <see cref="RisOptions.Port"/> was 0.</summary>
    public IPEndPoint LocalEndPoint => _server?.LocalEndPoint ?? throw new InvalidOperationException("The worklist server is not started.");

    /// <summary>Every association attempt as it ends (accepted or rejected), for an association log; old records drop if unread.</summary>
    public ChannelReader<AssociationRecord> Associations =>
        _server?.Records ?? throw new InvalidOperationException("The worklist server is not started.");

    /// <summary>Loads the order book (a broken file stops the start with its reason) and starts listening.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not null) throw new InvalidOperationException("The worklist server was started already; make a new one to start again.");
        if (AeTitles.FindProblem(_options.AeTitle ?? "") is { } problem)
            throw new InvalidOperationException($"Ris:AeTitle '{_options.AeTitle}' is not usable: it {problem}. An AE title has 1 to 16 characters and no backslash.");
        await _orders.LoadAsync(cancellationToken).ConfigureAwait(false);
        var server = new DicomServer(
            new DicomServerOptions { Address = IPAddress.Loopback, Port = _options.Port },
            WorklistSyntaxes.Policy(AeTitle),
            new DimseServiceHandlers { Find = new WorklistFindHandler(_orders, _loggers.CreateLogger<WorklistFindHandler>()) },
            _loggers.CreateLogger("PacsLab.Department.Ris.Associations"));
        try
        {
            server.Start();
        }
        catch (SocketException ex)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"The RIS worklist cannot listen on 127.0.0.1:{_options.Port} ({ex.SocketErrorCode}: {ex.Message}). Another program may hold the port; choose another Ris:Port.", ex);
        }
        _server = server;
        WorklistLog.Listening(_logger, AeTitle, server.LocalEndPoint.ToString(), _orders.FilePath);
    }

    /// <summary>Stops accepting; live associations get the listener's drain time, then are aborted.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_server is not { } server || _stopped) return;
        await server.StopAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        _stopped = true;
        WorklistLog.Stopped(_logger, AeTitle);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not { } server) return;
        await StopAsync().ConfigureAwait(false);
        await server.DisposeAsync().ConfigureAwait(false);
    }
}
