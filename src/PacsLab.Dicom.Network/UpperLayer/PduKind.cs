namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>The seven PDU types, valued as their PDU-type byte (PS3.8 section 9.3).</summary>
public enum PduKind : byte
{
    AssociateRq = 0x01,
    AssociateAc = 0x02,
    AssociateRj = 0x03,
    PData = 0x04,
    ReleaseRq = 0x05,
    ReleaseRp = 0x06,
    Abort = 0x07,
}
