namespace PacsLab.Dicom.Network.Pdu;

/// <summary>Reason/Diag. field of an A-ABORT; significant only when the source is the service-provider. PS3.8 Table 9-26.</summary>
public enum AbortReason : byte
{
    NotSpecified = 0,
    UnrecognizedPdu = 1,
    UnexpectedPdu = 2,
    UnrecognizedPduParameter = 4,
    UnexpectedPduParameter = 5,
    InvalidPduParameterValue = 6,
}
