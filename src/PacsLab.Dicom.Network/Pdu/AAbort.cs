namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-ABORT (PS3.8 9.3.8).</summary>
public sealed record AAbort(AbortSource Source, AbortReason Reason) : ProtocolDataUnit
{
    public override PduType Type => PduType.AAbort;

    /// <summary>The abort in plain words and in PS3.8 terms.</summary>
    public string Describe() => Source switch
    {
        AbortSource.ServiceUser =>
            "Association aborted by the peer application (A-ABORT source 0, DICOM UL service-user).",
        AbortSource.ServiceProvider =>
            $"Association aborted by the peer's DICOM upper layer: {Reason.Describe()} (A-ABORT source 2, reason {(byte)Reason}).",
        _ =>
            $"Association aborted; the A-ABORT gives source {(byte)Source}, which PS3.8 reserves, and reason {(byte)Reason}.",
    };
}
