namespace PacsLab.Dicom.Network.Pdu;

/// <summary>The first byte of every PDU. PS3.8 Table 9-1 (and 9.3.2 to 9.3.7).</summary>
public enum PduType : byte
{
    AAssociateRq = 0x01,
    AAssociateAc = 0x02,
    AAssociateRj = 0x03,
    PDataTf = 0x04,
    AReleaseRq = 0x05,
    AReleaseRp = 0x06,
    AAbort = 0x07,
}
