namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// Events of the DICOM upper layer state machine (PS3.8 Table 9-10). The value is the event number
/// (<see cref="AssociateRequest"/> is Evt1).
/// </summary>
public enum UpperLayerEvent
{
    /// <summary>Evt1: A-ASSOCIATE request (local user).</summary>
    AssociateRequest = 1,

    /// <summary>Evt2: Transport connect confirmation (local transport service).</summary>
    TransportConnectConfirmation = 2,

    /// <summary>Evt3: A-ASSOCIATE-AC PDU (received on transport connection).</summary>
    AssociateAcReceived = 3,

    /// <summary>Evt4: A-ASSOCIATE-RJ PDU (received on transport connection).</summary>
    AssociateRjReceived = 4,

    /// <summary>Evt5: Transport connection indication (local transport service).</summary>
    TransportConnectIndication = 5,

    /// <summary>Evt6: A-ASSOCIATE-RQ PDU (received on transport connection).</summary>
    AssociateRqReceived = 6,

    /// <summary>Evt7: A-ASSOCIATE response primitive (accept).</summary>
    AssociateResponseAccept = 7,

    /// <summary>Evt8: A-ASSOCIATE response primitive (reject).</summary>
    AssociateResponseReject = 8,

    /// <summary>Evt9: P-DATA request primitive.</summary>
    PDataRequest = 9,

    /// <summary>Evt10: P-DATA-TF PDU (received on transport connection).</summary>
    PDataTfReceived = 10,

    /// <summary>Evt11: A-RELEASE request primitive.</summary>
    ReleaseRequest = 11,

    /// <summary>Evt12: A-RELEASE-RQ PDU (received on transport connection).</summary>
    ReleaseRqReceived = 12,

    /// <summary>Evt13: A-RELEASE-RP PDU (received on transport connection).</summary>
    ReleaseRpReceived = 13,

    /// <summary>Evt14: A-RELEASE response primitive.</summary>
    ReleaseResponse = 14,

    /// <summary>Evt15: A-ABORT request primitive.</summary>
    AbortRequest = 15,

    /// <summary>Evt16: A-ABORT PDU (received on transport connection).</summary>
    AbortReceived = 16,

    /// <summary>Evt17: Transport connection closed indication (local transport service).</summary>
    TransportClosed = 17,

    /// <summary>Evt18: ARTIM timer expired (Association reject/release timer).</summary>
    ArtimExpired = 18,

    /// <summary>Evt19: Unrecognized or invalid PDU received.</summary>
    InvalidPduReceived = 19,
}
