namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>Which state machine event a well-formed received PDU raises (PS3.8 Table 9-10, Evt3 to Evt16).</summary>
public static class PduReceivedEvent
{
    public static UpperLayerEvent For(PduKind kind) => kind switch
    {
        PduKind.AssociateRq => UpperLayerEvent.AssociateRqReceived,
        PduKind.AssociateAc => UpperLayerEvent.AssociateAcReceived,
        PduKind.AssociateRj => UpperLayerEvent.AssociateRjReceived,
        PduKind.PData => UpperLayerEvent.PDataTfReceived,
        PduKind.ReleaseRq => UpperLayerEvent.ReleaseRqReceived,
        PduKind.ReleaseRp => UpperLayerEvent.ReleaseRpReceived,
        PduKind.Abort => UpperLayerEvent.AbortReceived,
        _ => UpperLayerEvent.InvalidPduReceived,
    };
}
