using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Dicom.Network.Transport;

/// <summary>
/// A DICOM SCP listening on TCP: one task per association; over the limit a request is answered with a transient
/// A-ASSOCIATE-RJ (local limit exceeded); stopping stops accepting, lets live associations finish for a while, then
/// aborts them. Every attempt becomes an <see cref="AssociationRecord"/> on <see cref="Records"/>.
/// </summary>
public sealed class DicomServer(DicomServerOptions options, IAssociationPolicy policy, DimseServiceHandlers handlers, ILogger? logger = null)
    : IAsyncDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger<DicomServer>.Instance;
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private readonly ConcurrentDictionary<long, DicomAssociation> _associations = new();
    private readonly Channel<AssociationRecord> _records = Channel.CreateBounded<AssociationRecord>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    // Stopping has two steps: no new connections (_stopping), then, once the drain time is up, end the rest (_aborting).
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _aborting = new();
    private TcpListener? _listener;
    private Task _acceptLoop = Task.CompletedTask;
    private int _active;
    private long _nextConnection;

    public IPEndPoint LocalEndPoint => (IPEndPoint)(_listener?.LocalEndpoint ?? throw new InvalidOperationException("the server is not started"));

    /// <summary>The association log as it happens; old records are dropped if nobody reads.</summary>
    public ChannelReader<AssociationRecord> Records => _records.Reader;

    public int ActiveAssociations => Volatile.Read(ref _active);

    public void Start()
    {
        _listener = new TcpListener(options.Address, options.Port);
        _listener.Start();
        DicomServerLog.Listening(_logger, LocalEndPoint.ToString(), (policy as AssociationPolicy)?.AeTitle ?? "(custom policy)");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener?.Stop();
        if (!_connections.IsEmpty) DicomServerLog.Stopping(_logger, _connections.Count, options.DrainTimeout.TotalSeconds);
        await _acceptLoop.ConfigureAwait(false);
        var draining = Task.WhenAll(_connections.Values);
        if (await Task.WhenAny(draining, Task.Delay(options.DrainTimeout)).ConfigureAwait(false) != draining)
        {
            await _aborting.CancelAsync().ConfigureAwait(false);
            foreach (var association in _associations.Values) await association.AbortAsync().ConfigureAwait(false);
            await draining.ConfigureAwait(false);
        }
        _records.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _aborting.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener!.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }
            client.NoDelay = true;
            var overLimit = Interlocked.Increment(ref _active) > options.MaxAssociations;
            var id = Interlocked.Increment(ref _nextConnection);
            _connections[id] = ServeAsync(id, client, overLimit);
        }
    }

    private async Task ServeAsync(long id, TcpClient client, bool overLimit)
    {
        await Task.Yield();
        var started = DateTimeOffset.UtcNow;
        var endpoint = client.Client.RemoteEndPoint as IPEndPoint;
        var peer = new AssociationPeer(endpoint?.Address, endpoint?.Port ?? 0);
        var operations = new List<DimseOperationRecord>();
        DicomAssociation? association = null;
        try
        {
            var decider = overLimit ? new RejectEverything(AssociationRejections.LocalLimitExceeded(options.MaxAssociations)) : policy;
            association = await DicomAssociation.AcceptAsync(client.GetStream(), peer, decider, options.Association, _aborting.Token, handlers.ActsAsScuFor).ConfigureAwait(false);
            _associations[id] = association;
            if (association.IsEstablished)
            {
                var dispatcher = new DimseServiceDispatcher(association, handlers, options.Association, op => { lock (operations) operations.Add(op); }, _logger);
                await dispatcher.RunAsync(_aborting.Token).ConfigureAwait(false);
            }
            var outcome = await association.Completion.ConfigureAwait(false);
            Record(association, peer, outcome, operations, started);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            var outcome = association is not null && association.Completion.IsCompleted
                ? await association.Completion.ConfigureAwait(false)
                : new AssociationOutcome(AssociationOutcomeKind.ConnectionLost, $"The association with {peer} ended: {ex.Message}");
            Record(association, peer, outcome, operations, started);
        }
        finally
        {
            _associations.TryRemove(id, out _);
            if (association is not null) await association.DisposeAsync().ConfigureAwait(false);
            client.Dispose();
            Interlocked.Decrement(ref _active);
            _connections.TryRemove(id, out _);
        }
    }

    private void Record(DicomAssociation? association, AssociationPeer peer, AssociationOutcome outcome, List<DimseOperationRecord> operations, DateTimeOffset started)
    {
        List<DimseOperationRecord> ops;
        lock (operations) ops = [.. operations];
        var duration = DateTimeOffset.UtcNow - started;
        if (association?.Rejection is { } rejected)
            DicomServerLog.AssociationRejected(_logger, association.Request?.CallingAeTitle, peer.ToString(), association.Request?.CalledAeTitle, rejected.Explanation);
        else
            DicomServerLog.AssociationEnded(_logger, association?.Request?.CallingAeTitle, association?.Request?.CalledAeTitle, peer.ToString(),
                outcome.Kind.ToString(), outcome.Description, ops.Count, association?.BytesReceived ?? 0, association?.BytesSent ?? 0, (long)duration.TotalMilliseconds);
        _records.Writer.TryWrite(new AssociationRecord(
            peer,
            association?.Request?.CallingAeTitle,
            association?.Request?.CalledAeTitle,
            association?.Request?.PresentationContexts.Select(p => p.AbstractSyntax).ToList() ?? [],
            association?.AcceptedContexts.ToList() ?? [],
            association?.Acceptance is not null && association.Rejection is null,
            association?.Rejection?.Explanation,
            outcome,
            ops,
            association?.BytesReceived ?? 0,
            association?.BytesSent ?? 0,
            started,
            duration));
    }
}
