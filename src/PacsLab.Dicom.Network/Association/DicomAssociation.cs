using System.Threading.Channels;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.Transport;
using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Association;

/// <summary>
/// One association, requestor or acceptor side. Every received PDU, user request and timer expiry becomes a
/// PS3.8 event fed to the <see cref="UpperLayerStateMachine"/>; this class only applies the effects the machine
/// returns (send a PDU, start ARTIM, close, indicate). One read loop; PDUs go out through the connection's writer.
/// Received DIMSE messages come out of <see cref="Messages"/>.
/// </summary>
public sealed partial class DicomAssociation : IAsyncDisposable
{
    private readonly PduConnection _connection;
    private readonly UpperLayerStateMachine _machine = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ArtimTimer _artim;
    private readonly AssociationOptions _options;
    private readonly IAssociationPolicy? _policy;
    private readonly Func<string, bool> _actsAsScuFor;
    private readonly bool _isRequestor;
    private readonly Channel<DimseMessage> _incoming = Channel.CreateUnbounded<DimseMessage>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly TaskCompletionSource<bool> _established = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<AssociationOutcome> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly DimseMessageAssembler _assembler;
    private Dictionary<byte, AcceptedPresentationContext> _contexts = [];
    private AssociationOutcome? _outcome;
    private Task _readLoop = Task.CompletedTask;

    private DicomAssociation(Stream stream, AssociationPeer peer, bool isRequestor, AssociationOptions options, IAssociationPolicy? policy,
        Func<string, bool>? actsAsScuFor = null)
    {
        _connection = new PduConnection(stream) { Limits = new PduLimits { MaxPDataLength = options.MaxPduLength } };
        _isRequestor = isRequestor;
        _options = options;
        _policy = policy;
        _actsAsScuFor = actsAsScuFor ?? (_ => false);
        Peer = peer;
        _artim = new ArtimTimer(() => _ = StepAsync(UpperLayerEvent.ArtimExpired), options.ArtimTimeout, options.TimeProvider);
        _assembler = new DimseMessageAssembler(id => _contexts.TryGetValue(id, out var c) ? c.TransferSyntax : null, options.SpoolDirectory, options.SpoolThreshold,
            () => isRequestor ? Request?.CalledAeTitle : Request?.CallingAeTitle);
    }

    public AssociationPeer Peer { get; }
    public AAssociateRq? Request { get; private set; }
    public AAssociateAc? Acceptance { get; private set; }
    public AssociationRejected? Rejection { get; private set; }
    public AssociationState State => _machine.State;
    public bool IsEstablished => _machine.State is AssociationState.Sta6;
    public IReadOnlyCollection<AcceptedPresentationContext> AcceptedContexts => _contexts.Values;

    /// <summary>The peer's maximum P-DATA-TF length (0 = unlimited): what fragmentation must honour.</summary>
    public uint PeerMaxPduLength { get; private set; }

    public long BytesReceived => _connection.BytesReceived;
    public long BytesSent => _connection.BytesSent;

    /// <summary>Complete DIMSE messages from the peer; completes when the association ends.</summary>
    public ChannelReader<DimseMessage> Messages => _incoming.Reader;

    /// <summary>Completes when the association has ended, saying how.</summary>
    public Task<AssociationOutcome> Completion => _ended.Task;

    /// <summary>Requests an association over a connected stream and waits for the peer's answer.</summary>
    /// <exception cref="AssociationRejectedException">The peer rejected the request.</exception>
    public static async Task<DicomAssociation> RequestAsync(Stream stream, AssociationPeer peer, AAssociateRq request,
        AssociationOptions options, CancellationToken cancellationToken)
    {
        var association = new DicomAssociation(stream, peer, isRequestor: true, options, policy: null)
        {
            Request = request with
            {
                UserInformation = request.UserInformation with
                {
                    MaximumLength = options.MaxPduLength,
                    ImplementationClassUid = options.ImplementationClassUid,
                    ImplementationVersionName = options.ImplementationVersionName,
                },
            },
        };
        // The loop runs while the machine is out of Sta1, so it starts once the request has moved it to Sta5.
        await association.StepAsync(UpperLayerEvent.AssociateRequest).ConfigureAwait(false);
        association._readLoop = Task.Run(association.ReadLoopAsync, CancellationToken.None);
        bool accepted;
        try
        {
            accepted = await association._established.Task.WaitAsync(options.ArtimTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            await association.AbortAsync().ConfigureAwait(false);
            throw new TimeoutException($"{peer} did not answer the association request within {options.ArtimTimeout.TotalSeconds:F0} s.", ex);
        }
        if (!accepted)
        {
            var outcome = await association.Completion.ConfigureAwait(false);
            await association.DisposeAsync().ConfigureAwait(false);
            throw new AssociationRejectedException(association.Rejection, outcome.Description);
        }
        return association;
    }

    /// <summary>
    /// Serves the acceptor side of a new connection: waits for the A-ASSOCIATE-RQ (ARTIM running), lets the policy
    /// decide, answers. Returns once answered; check <see cref="IsEstablished"/>.
    /// </summary>
    /// <param name="actsAsScuFor">
    /// The SOP classes this side will send requests of on the association (C-STOREs of a C-GET): for those the
    /// requestor's proposed SCP role is accepted (PS3.7 D.3.3.4). Null: none.
    /// </param>
    public static async Task<DicomAssociation> AcceptAsync(Stream stream, AssociationPeer peer, IAssociationPolicy policy,
        AssociationOptions options, CancellationToken cancellationToken, Func<string, bool>? actsAsScuFor = null)
    {
        var association = new DicomAssociation(stream, peer, isRequestor: false, options, policy, actsAsScuFor);
        await association.StepAsync(UpperLayerEvent.TransportConnectIndication).ConfigureAwait(false);
        association._readLoop = Task.Run(association.ReadLoopAsync, CancellationToken.None);
        await Task.WhenAny(association._established.Task, association.Completion).WaitAsync(cancellationToken).ConfigureAwait(false);
        return association;
    }

    /// <summary>Releases the association (A-RELEASE) and waits for the peer's reply; aborts if it does not come.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken = default)
    {
        if (!IsEstablished) return;
        SetOutcome(AssociationOutcomeKind.Released, "Association released normally (A-RELEASE).");
        await StepAsync(UpperLayerEvent.ReleaseRequest).ConfigureAwait(false);
        try
        {
            await _released.Task.WaitAsync(_options.ArtimTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            SetOutcome(AssociationOutcomeKind.TimedOut, $"The peer did not answer the release request within {_options.ArtimTimeout.TotalSeconds:F0} s; the association was aborted.", force: true);
            await AbortAsync().ConfigureAwait(false);
        }
        await Completion.ConfigureAwait(false);
    }

    /// <summary>Aborts the association (A-ABORT, service-user) and closes the connection.</summary>
    public async Task AbortAsync()
    {
        if (_machine.State is AssociationState.Sta1 or AssociationState.Sta13) { await CloseAsync().ConfigureAwait(false); return; }
        SetOutcome(AssociationOutcomeKind.AbortedLocally, "Association aborted by this side (A-ABORT source 0).");
        try
        {
            await StepAsync(UpperLayerEvent.AbortRequest).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The connection went first: there is nobody left to tell, and closing is all that remains.
        }
        await CloseAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_machine.State is not (AssociationState.Sta1 or AssociationState.Sta13)) await AbortAsync().ConfigureAwait(false);
        await CloseAsync().ConfigureAwait(false);
        try { await _readLoop.ConfigureAwait(false); } catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException) { }
        _artim.Dispose();
        await _assembler.DisposeAsync().ConfigureAwait(false);
    }

    private void SetOutcome(AssociationOutcomeKind kind, string description, bool force = false)
    {
        if (_outcome is null || force) _outcome = new AssociationOutcome(kind, description);
    }

    /// <summary>Closes the connection; safe to call from the read loop, a user abort and a server shutdown at once.</summary>
    private async Task CloseAsync()
    {
        // _stopping is never disposed: a shutdown may still abort an association its connection task just ended.
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
