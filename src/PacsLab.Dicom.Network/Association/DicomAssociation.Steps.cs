using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Dicom.Network.UpperLayer;

namespace PacsLab.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>
    /// Feeds one event to the state machine and applies its effects, then any event those effects raise (the
    /// policy's accept or reject, the automatic release response). PDUs are queued under the gate and awaited
    /// after it, so a slow peer holds back only the caller that sends.
    /// </summary>
    private async Task StepAsync(UpperLayerEvent evt, StepContext? context = null, ProtocolDataUnit? received = null)
    {
        var sends = new List<Task>();
        var close = false;
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var pending = new Queue<UpperLayerEvent>([evt]);
            var ctx = context ?? Context();
            while (pending.TryDequeue(out var next))
            {
                if (next == UpperLayerEvent.ArtimExpired) SetOutcome(AssociationOutcomeKind.TimedOut, DescribeArtimExpiry(_machine.State));
                var result = _machine.Step(next, ctx);
                foreach (var effect in result.Effects)
                {
                    switch (effect)
                    {
                        case SendPdu send:
                            var pdu = PduFor(send);
                            if (pdu is AAbort sentAbort) SetOutcome(AssociationOutcomeKind.AbortedLocally, DescribeOwnAbort(sentAbort, result, received));
                            sends.Add(_connection.SendAsync(pdu, CancellationToken.None));
                            break;
                        case OpenTransport:
                            pending.Enqueue(UpperLayerEvent.TransportConnectConfirmation);
                            break;
                        case CloseTransport:
                            close = true;
                            break;
                        case StartArtim:
                            _artim.Start();
                            break;
                        case StopArtim:
                            _artim.Stop();
                            break;
                        case AssociateIndication:
                            pending.Enqueue(await DecideAsync().ConfigureAwait(false));
                            break;
                        case AssociateConfirmation confirmation:
                            if (confirmation.Accepted) UseAcceptance(Acceptance!);
                            _established.TrySetResult(confirmation.Accepted);
                            break;
                        case PDataIndication:
                            await DeliverAsync((PDataTf)received!).ConfigureAwait(false);
                            break;
                        case ReleaseIndication indication:
                            SetOutcome(AssociationOutcomeKind.Released, "Association released normally by the peer (A-RELEASE).");
                            // In a release collision (AR-8) the requestor answers at once (AR-9, Sta11); the acceptor
                            // first waits for the peer's A-RELEASE-RP (AR-10, Sta12), answered below (PS3.8 9.2.2).
                            if (!indication.Collision || _isRequestor) pending.Enqueue(UpperLayerEvent.ReleaseResponse);
                            break;
                        case ReleaseConfirmation:
                            _released.TrySetResult();
                            if (_machine.State == AssociationState.Sta12) pending.Enqueue(UpperLayerEvent.ReleaseResponse);
                            break;
                        case AbortIndication:
                            SetOutcome(AssociationOutcomeKind.AbortedByPeer, ((AAbort)received!).Describe());
                            break;
                        case ProviderAbortIndication when received is AAbort peerAbort:
                            SetOutcome(AssociationOutcomeKind.AbortedByPeer, peerAbort.Describe());
                            break;
                        case ProviderAbortIndication providerAbort:
                            SetOutcome(AssociationOutcomeKind.ConnectionLost, $"The connection to {Peer} was lost (A-P-ABORT, reason {(byte)providerAbort.Reason}).");
                            break;
                    }
                }
            }
            // Only now is the A-ASSOCIATE-AC on its way and the machine in Sta6: a waiting AcceptAsync may proceed.
            if (!_isRequestor && _machine.State == AssociationState.Sta6) _established.TrySetResult(true);
        }
        finally
        {
            _gate.Release();
        }
        try
        {
            await Task.WhenAll(sends).ConfigureAwait(false);
        }
        finally
        {
            if (close) await CloseAsync().ConfigureAwait(false);
        }
    }

    private string DescribeOwnAbort(AAbort abort, StepResult step, ProtocolDataUnit? received)
    {
        var what = received is null ? "" : $"{Peer} sent {received.Type.ToStandardName()} where PS3.8 does not allow it ({step}); ";
        var how = abort.Source == AbortSource.ServiceProvider
            ? $"{abort.Reason.Describe()} (A-ABORT source 2, reason {(byte)abort.Reason})"
            : "on request of this application (A-ABORT source 0)";
        return $"Association aborted by PacsLab: {what}{how}.";
    }

    private string DescribeArtimExpiry(AssociationState state) => state switch
    {
        AssociationState.Sta2 => $"{Peer} connected but sent no A-ASSOCIATE-RQ within {_options.ArtimTimeout.TotalSeconds:F0} s (ARTIM timer); the connection was closed.",
        _ => $"{Peer} did not close the connection within {_options.ArtimTimeout.TotalSeconds:F0} s after the association ended (ARTIM timer); it was closed.",
    };

    private StepContext Context() => _isRequestor ? StepContext.Requestor : StepContext.Acceptor;

    private ProtocolDataUnit PduFor(SendPdu send) => send.Kind switch
    {
        PduType.AAssociateRq => Request!,
        PduType.AAssociateAc => Acceptance!,
        PduType.AAssociateRj => Rejection!.Reject,
        PduType.PDataTf => throw new InvalidOperationException("P-DATA-TF PDUs are queued by QueuePDataAsync, not by a step"),
        PduType.AReleaseRq => new AReleaseRq(),
        PduType.AReleaseRp => new AReleaseRp(),
        _ => new AAbort((send.Source ?? AbortSource.ServiceUser), (send.Reason ?? AbortReason.NotSpecified)),
    };

    /// <summary>The acceptor's A-ASSOCIATE response: the policy decides accept (Evt7) or reject (Evt8).</summary>
    private async Task<UpperLayerEvent> DecideAsync()
    {
        var decision = await _policy!.DecideAsync(Request!, Peer, _stopping.Token).ConfigureAwait(false);
        if (decision is AssociationRejected rejected)
        {
            Rejection = rejected;
            SetOutcome(AssociationOutcomeKind.Rejected, $"Association from '{Request!.CallingAeTitle}' at {Peer} rejected: {rejected.Explanation}");
            _established.TrySetResult(false);
            return UpperLayerEvent.AssociateResponseReject;
        }
        var accepted = (AssociationAccepted)decision;
        Acceptance = new AAssociateAc(Request!.CalledAeTitle, Request.CallingAeTitle, accepted.Contexts, new UserInformation
        {
            MaximumLength = _options.MaxPduLength,
            ImplementationClassUid = _options.ImplementationClassUid,
            ImplementationVersionName = _options.ImplementationVersionName,
            RoleSelections = RoleNegotiation.Answer(Request.UserInformation.RoleSelections, AcceptedAbstractSyntaxes(accepted.Contexts), _actsAsScuFor),
        });
        UseAcceptance(Acceptance);
        return UpperLayerEvent.AssociateResponseAccept;
    }

    private HashSet<string> AcceptedAbstractSyntaxes(IReadOnlyList<PresentationContextResult> results)
    {
        var proposals = Request!.PresentationContexts.ToDictionary(p => p.Id);
        return results.Where(r => r.Result == PresentationContextResultCode.Acceptance && proposals.ContainsKey(r.Id))
            .Select(r => proposals[r.Id].AbstractSyntax).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records the contexts both sides agreed on and the peer's maximum PDU length.</summary>
    private void UseAcceptance(AAssociateAc ac)
    {
        var proposals = Request!.PresentationContexts.ToDictionary(p => p.Id);
        _contexts = ac.PresentationContexts
            .Where(r => r.Result == PresentationContextResultCode.Acceptance && proposals.ContainsKey(r.Id))
            .ToDictionary(r => r.Id, r => new AcceptedPresentationContext(r.Id, proposals[r.Id].AbstractSyntax, DicomTransferSyntax.FromUid(r.TransferSyntax)));
        var peerInfo = _isRequestor ? ac.UserInformation : Request.UserInformation;
        PeerMaxPduLength = peerInfo.MaximumLength ?? 0;
    }

    private async Task DeliverAsync(PDataTf data)
    {
        foreach (var pdv in data.Values)
        {
            var message = await _assembler.AddAsync(pdv, _stopping.Token).ConfigureAwait(false);
            if (message is not null) await _incoming.Writer.WriteAsync(message, _stopping.Token).ConfigureAwait(false);
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            // One idle timer for the association, re-armed before every read and every P-DATA sent (a C-MOVE whose
            // requester waits silently while sub-operations run is not idle).
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _idle = idle;
            while (_machine.State != AssociationState.Sta1)
            {
                ProtocolDataUnit? pdu;
                idle.CancelAfter(_options.IdleTimeout);
                try
                {
                    pdu = await _connection.ReadAsync(idle.Token).ConfigureAwait(false);
                }
                catch (PduFormatException ex)
                {
                    SetOutcome(AssociationOutcomeKind.AbortedLocally, $"Association aborted: {Peer} sent a malformed PDU: {ex.Message} (A-ABORT source 2, reason {(byte)ex.AbortReason}).");
                    await StepAsync(UpperLayerEvent.InvalidPduReceived, Context() with { InvalidPduReason = ex.AbortReason }).ConfigureAwait(false);
                    await CloseAsync().ConfigureAwait(false);
                    break;
                }
                catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
                {
                    SetOutcome(AssociationOutcomeKind.TimedOut, $"Association aborted: {Peer} sent nothing for {_options.IdleTimeout.TotalSeconds:F0} s.");
                    await StepAsync(UpperLayerEvent.AbortRequest).ConfigureAwait(false);
                    await CloseAsync().ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (ex is IOException or EndOfStreamException or ObjectDisposedException or OperationCanceledException)
                {
                    break;
                }
                if (pdu is null) break;
                await HandleAsync(pdu).ConfigureAwait(false);
            }
        }
        catch (DimseProtocolException ex)
        {
            SetOutcome(AssociationOutcomeKind.AbortedLocally, $"Association aborted: {Peer} broke the DIMSE message rules: {ex.Message} (A-ABORT source 2, reason 6).", force: true);
            await StepAsync(UpperLayerEvent.InvalidPduReceived, Context() with { InvalidPduReason = AbortReason.InvalidPduParameterValue }).ConfigureAwait(false);
            await CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            if (_machine.State != AssociationState.Sta1) await StepAsync(UpperLayerEvent.TransportClosed).ConfigureAwait(false);
            SetOutcome(AssociationOutcomeKind.ConnectionLost, $"The connection to {Peer} closed without a release or abort.");
            _incoming.Writer.TryComplete();
            _established.TrySetResult(false);
            _released.TrySetResult();
            _artim.Stop();
            _ended.TrySetResult(_outcome!);
        }
    }

    private Task HandleAsync(ProtocolDataUnit pdu)
    {
        var context = Context();
        switch (pdu)
        {
            case AAssociateRq rq:
                Request = rq;
                if ((rq.ProtocolVersion & 1) == 0)
                {
                    Rejection = AssociationRejections.ProtocolVersionNotSupported(rq.ProtocolVersion);
                    SetOutcome(AssociationOutcomeKind.Rejected, Rejection.Explanation);
                    context = context with { AssociateRequestAcceptable = false };
                }
                break;
            case AAssociateAc ac:
                Acceptance = ac;
                break;
            case AAssociateRj rj:
                Rejection = new AssociationRejected(rj, rj.Describe());
                SetOutcome(AssociationOutcomeKind.Rejected, rj.Describe());
                break;
            case AAbort abort:
                context = context with { ReceivedAbortSource = abort.Source, ReceivedAbortReason = abort.Reason };
                break;
        }
        return StepAsync(PduReceivedEvent.For(pdu.Type), context, received: pdu);
    }
}
