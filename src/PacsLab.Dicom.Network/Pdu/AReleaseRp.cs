namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-RELEASE-RP (PS3.8 9.3.7): four reserved bytes and nothing else.</summary>
public sealed record AReleaseRp : ProtocolDataUnit
{
    public override PduType Type => PduType.AReleaseRp;
}
