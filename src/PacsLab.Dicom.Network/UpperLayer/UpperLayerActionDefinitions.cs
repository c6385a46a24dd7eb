using PacsLab.Dicom.Network.Pdu;
using static PacsLab.Dicom.Network.UpperLayer.AssociationState;

namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// What each action does and the state it leads to (PS3.8 section 9.2.2, Tables 9-6 to 9-9), with the
/// conditional branches (AE-6, AR-8, AA-3) decided from the <see cref="StepContext"/>.
/// </summary>
public static class UpperLayerActionDefinitions
{
    public static (AssociationState Next, IReadOnlyList<UpperLayerEffect> Effects) Perform(
        UpperLayerAction action, UpperLayerEvent evt, StepContext context) => action switch
    {
        // Table 9-6 Association establishment related actions
        UpperLayerAction.AE1 => (Sta4, [new OpenTransport()]),
        UpperLayerAction.AE2 => (Sta5, [new SendPdu(PduType.AAssociateRq)]),
        UpperLayerAction.AE3 => (Sta6, [new AssociateConfirmation(Accepted: true)]),
        UpperLayerAction.AE4 => (Sta1, [new AssociateConfirmation(Accepted: false), new CloseTransport()]),
        // The transport connection response is implicit: TCP has already accepted the connection.
        UpperLayerAction.AE5 => (Sta2, [new StartArtim()]),
        UpperLayerAction.AE6 => context.AssociateRequestAcceptable
            ? (Sta3, [new StopArtim(), new AssociateIndication()])
            : (Sta13, [new StopArtim(), new SendPdu(PduType.AAssociateRj), new StartArtim()]),
        UpperLayerAction.AE7 => (Sta6, [new SendPdu(PduType.AAssociateAc)]),
        UpperLayerAction.AE8 => (Sta13, [new SendPdu(PduType.AAssociateRj), new StartArtim()]),

        // Table 9-7 Data transfer related actions
        UpperLayerAction.DT1 => (Sta6, [new SendPdu(PduType.PDataTf)]),
        UpperLayerAction.DT2 => (Sta6, [new PDataIndication()]),

        // Table 9-8 Association release related actions
        UpperLayerAction.AR1 => (Sta7, [new SendPdu(PduType.AReleaseRq)]),
        UpperLayerAction.AR2 => (Sta8, [new ReleaseIndication()]),
        UpperLayerAction.AR3 => (Sta1, [new ReleaseConfirmation(), new CloseTransport()]),
        UpperLayerAction.AR4 => (Sta13, [new SendPdu(PduType.AReleaseRp), new StartArtim()]),
        UpperLayerAction.AR5 => (Sta1, [new StopArtim()]),
        UpperLayerAction.AR6 => (Sta7, [new PDataIndication()]),
        UpperLayerAction.AR7 => (Sta8, [new SendPdu(PduType.PDataTf)]),
        UpperLayerAction.AR8 => (context.IsRequestor ? Sta9 : Sta10, [new ReleaseIndication(Collision: true)]),
        UpperLayerAction.AR9 => (Sta11, [new SendPdu(PduType.AReleaseRp)]),
        UpperLayerAction.AR10 => (Sta12, [new ReleaseConfirmation()]),

        // Table 9-9 Association abort related actions
        // PS3.8 Table 9-26: with a service-user source the reason is not significant and is sent as 0.
        // PS3.8 words AA-1 as a service-user abort, which it is when the local user asks (Evt15). In Sta2 it is also
        // reached because the peer sent something it must not send yet; nobody but the provider decided that, so
        // PacsLab says so (source 2) with the reason, as DCMTK does, and the peer's log can tell what went wrong.
        UpperLayerAction.AA1 => (Sta13,
            [
                evt == UpperLayerEvent.AbortRequest
                    ? SendPdu.Abort(AbortSource.ServiceUser, AbortReason.NotSpecified)
                    : SendPdu.Abort(AbortSource.ServiceProvider, ProviderReason(evt, context)),
                new StartArtim(),
            ]),
        UpperLayerAction.AA2 => (Sta1, [new StopArtim(), new CloseTransport()]),
        UpperLayerAction.AA3 => (Sta1, [ReceivedAbortIndication(context), new CloseTransport()]),
        UpperLayerAction.AA4 => (Sta1, [new ProviderAbortIndication(AbortReason.NotSpecified)]),
        UpperLayerAction.AA5 => (Sta1, [new StopArtim()]),
        UpperLayerAction.AA6 => (Sta13, []),
        UpperLayerAction.AA7 => (Sta13, [SendPdu.Abort(AbortSource.ServiceProvider, ProviderReason(evt, context))]),
        UpperLayerAction.AA8 => (Sta13,
            [
                SendPdu.Abort(AbortSource.ServiceProvider, ProviderReason(evt, context)),
                new ProviderAbortIndication(ProviderReason(evt, context)),
                new StartArtim(),
            ]),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an action of PS3.8 section 9.2.2."),
    };

    private static UpperLayerEffect ReceivedAbortIndication(StepContext context) =>
        context.ReceivedAbortSource == AbortSource.ServiceUser
            ? new AbortIndication()
            : new ProviderAbortIndication(context.ReceivedAbortReason);

    // Why the service-provider aborts: a PDU that is valid but not allowed in this state is "unexpected";
    // Evt19 carries its own diagnosis; anything else (a local primitive at the wrong time) has no PDU reason.
    private static AbortReason ProviderReason(UpperLayerEvent evt, StepContext context) => evt switch
    {
        UpperLayerEvent.InvalidPduReceived => context.InvalidPduReason,
        UpperLayerEvent.AssociateAcReceived or UpperLayerEvent.AssociateRjReceived
            or UpperLayerEvent.AssociateRqReceived or UpperLayerEvent.PDataTfReceived
            or UpperLayerEvent.ReleaseRqReceived or UpperLayerEvent.ReleaseRpReceived => AbortReason.UnexpectedPdu,
        _ => AbortReason.NotSpecified,
    };
}
