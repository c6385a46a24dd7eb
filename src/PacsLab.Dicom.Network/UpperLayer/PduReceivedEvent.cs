using PacsLab.Dicom.Network.Pdu;
namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>Which state machine event a well-formed received PDU raises (PS3.8 Table 9-10, Evt3 to Evt16).</summary>
public static class PduReceivedEvent
{
    public static UpperLayerEvent For(PduType kind) => kind switch
    {
        PduType.AAssociateRq => UpperLayerEvent.AssociateRqReceived,
        PduType.AAssociateAc => UpperLayerEvent.AssociateAcReceived,
        PduType.AAssociateRj => UpperLayerEvent.AssociateRjReceived,
        PduType.PDataTf => UpperLayerEvent.PDataTfReceived,
        PduType.AReleaseRq => UpperLayerEvent.ReleaseRqReceived,
        PduType.AReleaseRp => UpperLayerEvent.ReleaseRpReceived,
        PduType.AAbort => UpperLayerEvent.AbortReceived,
        _ => UpperLayerEvent.InvalidPduReceived,
    };
}
