namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-RELEASE-RQ (PS3.8 9.3.6): four reserved bytes and nothing else.</summary>
public sealed record AReleaseRq : ProtocolDataUnit
{
    public override PduType Type => PduType.AReleaseRq;
}
