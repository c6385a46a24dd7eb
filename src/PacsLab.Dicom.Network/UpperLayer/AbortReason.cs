namespace PacsLab.Dicom.Network.UpperLayer;

/// <summary>
/// Reason/Diag. field of the A-ABORT PDU (PS3.8 Table 9-26); significant only when the source is the
/// service-provider. Also used for the provider reason of the A-P-ABORT indication (PS3.8 section 7.4.1).
/// </summary>
public enum AbortReason : byte
{
    NotSpecified = 0,
    UnrecognizedPdu = 1,
    UnexpectedPdu = 2,
    UnrecognizedPduParameter = 4,
    UnexpectedPduParameter = 5,
    InvalidPduParameterValue = 6,
}
