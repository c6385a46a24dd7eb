namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-ABORT reasons in plain words, with the PS3.8 Table 9-26 term in brackets.</summary>
public static class AbortReasonNames
{
    public static string Describe(this AbortReason reason) => reason switch
    {
        AbortReason.NotSpecified => "no reason specified (reason-not-specified)",
        AbortReason.UnrecognizedPdu => "a PDU of an unknown type was received (unrecognized-PDU)",
        AbortReason.UnexpectedPdu => "a PDU arrived that is not allowed at this point of the association (unexpected-PDU)",
        AbortReason.UnrecognizedPduParameter => "a PDU held a parameter of an unknown kind (unrecognized-PDU-parameter)",
        AbortReason.UnexpectedPduParameter => "a PDU held a parameter that does not belong there (unexpected-PDU-parameter)",
        AbortReason.InvalidPduParameterValue => "a PDU held a malformed or out-of-range value (invalid-PDU-parameter-value)",
        _ => $"reason code {(byte)reason}, which PS3.8 reserves",
    };
}
