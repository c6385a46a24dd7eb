using System.Collections.Frozen;
using static PacsLab.Dicom.Network.UpperLayer.AssociationState;
using static PacsLab.Dicom.Network.UpperLayer.UpperLayerAction;
using static PacsLab.Dicom.Network.UpperLayer.UpperLayerEvent;

namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// PS3.8 Table 9-10, DICOM Upper Layer Protocol State Transition Table: the action for an event in a state.
/// Cells the standard leaves empty are absent here; see <see cref="ProtocolErrorAction"/>.
/// </summary>
public static class StateTransitionTable
{
    public static IReadOnlyDictionary<(UpperLayerEvent Event, AssociationState State), UpperLayerAction> Cells { get; } =
        new Dictionary<(UpperLayerEvent, AssociationState), UpperLayerAction>
        {
            // Evt1 A-ASSOCIATE request (local user)
            [(AssociateRequest, Sta1)] = AE1,

            // Evt2 Transport connect confirmation (local transport service)
            [(TransportConnectConfirmation, Sta4)] = AE2,

            // Evt3 A-ASSOCIATE-AC PDU received
            [(AssociateAcReceived, Sta2)] = AA1,
            [(AssociateAcReceived, Sta3)] = AA8,
            [(AssociateAcReceived, Sta5)] = AE3,
            [(AssociateAcReceived, Sta6)] = AA8,
            [(AssociateAcReceived, Sta7)] = AA8,
            [(AssociateAcReceived, Sta8)] = AA8,
            [(AssociateAcReceived, Sta9)] = AA8,
            [(AssociateAcReceived, Sta10)] = AA8,
            [(AssociateAcReceived, Sta11)] = AA8,
            [(AssociateAcReceived, Sta12)] = AA8,
            [(AssociateAcReceived, Sta13)] = AA6,

            // Evt4 A-ASSOCIATE-RJ PDU received
            [(AssociateRjReceived, Sta2)] = AA1,
            [(AssociateRjReceived, Sta3)] = AA8,
            [(AssociateRjReceived, Sta5)] = AE4,
            [(AssociateRjReceived, Sta6)] = AA8,
            [(AssociateRjReceived, Sta7)] = AA8,
            [(AssociateRjReceived, Sta8)] = AA8,
            [(AssociateRjReceived, Sta9)] = AA8,
            [(AssociateRjReceived, Sta10)] = AA8,
            [(AssociateRjReceived, Sta11)] = AA8,
            [(AssociateRjReceived, Sta12)] = AA8,
            [(AssociateRjReceived, Sta13)] = AA6,

            // Evt5 Transport connection indication (local transport service)
            [(TransportConnectIndication, Sta1)] = AE5,

            // Evt6 A-ASSOCIATE-RQ PDU received
            [(AssociateRqReceived, Sta2)] = AE6,
            [(AssociateRqReceived, Sta3)] = AA8,
            [(AssociateRqReceived, Sta5)] = AA8,
            [(AssociateRqReceived, Sta6)] = AA8,
            [(AssociateRqReceived, Sta7)] = AA8,
            [(AssociateRqReceived, Sta8)] = AA8,
            [(AssociateRqReceived, Sta9)] = AA8,
            [(AssociateRqReceived, Sta10)] = AA8,
            [(AssociateRqReceived, Sta11)] = AA8,
            [(AssociateRqReceived, Sta12)] = AA8,
            [(AssociateRqReceived, Sta13)] = AA7,

            // Evt7 A-ASSOCIATE response primitive (accept)
            [(AssociateResponseAccept, Sta3)] = AE7,

            // Evt8 A-ASSOCIATE response primitive (reject)
            [(AssociateResponseReject, Sta3)] = AE8,

            // Evt9 P-DATA request primitive
            [(PDataRequest, Sta6)] = DT1,
            [(PDataRequest, Sta8)] = AR7,

            // Evt10 P-DATA-TF PDU received
            [(PDataTfReceived, Sta2)] = AA1,
            [(PDataTfReceived, Sta3)] = AA8,
            [(PDataTfReceived, Sta5)] = AA8,
            [(PDataTfReceived, Sta6)] = DT2,
            [(PDataTfReceived, Sta7)] = AR6,
            [(PDataTfReceived, Sta8)] = AA8,
            [(PDataTfReceived, Sta9)] = AA8,
            [(PDataTfReceived, Sta10)] = AA8,
            [(PDataTfReceived, Sta11)] = AA8,
            [(PDataTfReceived, Sta12)] = AA8,
            [(PDataTfReceived, Sta13)] = AA6,

            // Evt11 A-RELEASE request primitive
            [(ReleaseRequest, Sta6)] = AR1,

            // Evt12 A-RELEASE-RQ PDU received
            [(ReleaseRqReceived, Sta2)] = AA1,
            [(ReleaseRqReceived, Sta3)] = AA8,
            [(ReleaseRqReceived, Sta5)] = AA8,
            [(ReleaseRqReceived, Sta6)] = AR2,
            [(ReleaseRqReceived, Sta7)] = AR8,
            [(ReleaseRqReceived, Sta8)] = AA8,
            [(ReleaseRqReceived, Sta9)] = AA8,
            [(ReleaseRqReceived, Sta10)] = AA8,
            [(ReleaseRqReceived, Sta11)] = AA8,
            [(ReleaseRqReceived, Sta12)] = AA8,
            [(ReleaseRqReceived, Sta13)] = AA6,

            // Evt13 A-RELEASE-RP PDU received
            [(ReleaseRpReceived, Sta2)] = AA1,
            [(ReleaseRpReceived, Sta3)] = AA8,
            [(ReleaseRpReceived, Sta5)] = AA8,
            [(ReleaseRpReceived, Sta6)] = AA8,
            [(ReleaseRpReceived, Sta7)] = AR3,
            [(ReleaseRpReceived, Sta8)] = AA8,
            [(ReleaseRpReceived, Sta9)] = AA8,
            [(ReleaseRpReceived, Sta10)] = AR10,
            [(ReleaseRpReceived, Sta11)] = AR3,
            [(ReleaseRpReceived, Sta12)] = AA8,
            [(ReleaseRpReceived, Sta13)] = AA6,

            // Evt14 A-RELEASE response primitive
            [(ReleaseResponse, Sta8)] = AR4,
            [(ReleaseResponse, Sta9)] = AR9,
            [(ReleaseResponse, Sta12)] = AR4,

            // Evt15 A-ABORT request primitive
            [(AbortRequest, Sta3)] = AA1,
            [(AbortRequest, Sta4)] = AA2,
            [(AbortRequest, Sta5)] = AA1,
            [(AbortRequest, Sta6)] = AA1,
            [(AbortRequest, Sta7)] = AA1,
            [(AbortRequest, Sta8)] = AA1,
            [(AbortRequest, Sta9)] = AA1,
            [(AbortRequest, Sta10)] = AA1,
            [(AbortRequest, Sta11)] = AA1,
            [(AbortRequest, Sta12)] = AA1,

            // Evt16 A-ABORT PDU received
            [(AbortReceived, Sta2)] = AA2,
            [(AbortReceived, Sta3)] = AA3,
            [(AbortReceived, Sta5)] = AA3,
            [(AbortReceived, Sta6)] = AA3,
            [(AbortReceived, Sta7)] = AA3,
            [(AbortReceived, Sta8)] = AA3,
            [(AbortReceived, Sta9)] = AA3,
            [(AbortReceived, Sta10)] = AA3,
            [(AbortReceived, Sta11)] = AA3,
            [(AbortReceived, Sta12)] = AA3,
            [(AbortReceived, Sta13)] = AA2,

            // Evt17 Transport connection closed indication (local transport service)
            [(TransportClosed, Sta2)] = AA5,
            [(TransportClosed, Sta3)] = AA4,
            [(TransportClosed, Sta4)] = AA4,
            [(TransportClosed, Sta5)] = AA4,
            [(TransportClosed, Sta6)] = AA4,
            [(TransportClosed, Sta7)] = AA4,
            [(TransportClosed, Sta8)] = AA4,
            [(TransportClosed, Sta9)] = AA4,
            [(TransportClosed, Sta10)] = AA4,
            [(TransportClosed, Sta11)] = AA4,
            [(TransportClosed, Sta12)] = AA4,
            [(TransportClosed, Sta13)] = AR5,

            // Evt18 ARTIM timer expired
            [(ArtimExpired, Sta2)] = AA2,
            [(ArtimExpired, Sta13)] = AA2,

            // Evt19 Unrecognized or invalid PDU received
            [(InvalidPduReceived, Sta2)] = AA1,
            [(InvalidPduReceived, Sta3)] = AA8,
            [(InvalidPduReceived, Sta5)] = AA8,
            [(InvalidPduReceived, Sta6)] = AA8,
            [(InvalidPduReceived, Sta7)] = AA8,
            [(InvalidPduReceived, Sta8)] = AA8,
            [(InvalidPduReceived, Sta9)] = AA8,
            [(InvalidPduReceived, Sta10)] = AA8,
            [(InvalidPduReceived, Sta11)] = AA8,
            [(InvalidPduReceived, Sta12)] = AA8,
            [(InvalidPduReceived, Sta13)] = AA7,
        }.ToFrozenDictionary();

    public static bool TryGetAction(UpperLayerEvent evt, AssociationState state, out UpperLayerAction action) =>
        Cells.TryGetValue((evt, state), out action);

    /// <summary>
    /// What PacsLab does when Table 9-10 lists no action for an event in a state (a local primitive at the
    /// wrong time, a PDU or timer that cannot occur there). This is our choice, not the standard's: while an
    /// association may exist, treat it like any other unexpected event (AA-8: provider abort); with no
    /// transport yet (Sta1) only stop ARTIM (AA-5); while connecting (Sta4) give up the connection (AA-2);
    /// once the association is gone (Sta13) ignore it (AA-6).
    /// </summary>
    public static UpperLayerAction ProtocolErrorAction(AssociationState state) => state switch
    {
        Sta1 => AA5,
        Sta4 => AA2,
        Sta13 => AA6,
        _ => AA8,
    };
}
