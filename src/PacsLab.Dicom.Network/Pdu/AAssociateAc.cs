namespace PacsLab.Dicom.Network.Pdu;

/// <summary>
/// A-ASSOCIATE-AC (PS3.8 9.3.3). The AE title fields are reserved here: sent back as received in the RQ, never tested,
/// so they may be empty after decoding.
/// </summary>
public sealed record AAssociateAc(
    string CalledAeTitle,
    string CallingAeTitle,
    IReadOnlyList<PresentationContextResult> PresentationContexts,
    UserInformation UserInformation) : ProtocolDataUnit
{
    public override PduType Type => PduType.AAssociateAc;

    public ushort ProtocolVersion { get; init; } = 1;

    public string ApplicationContextName { get; init; } = DicomApplicationContext.Name;
}
