namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RQ (PS3.8 9.3.2). AE titles are held without their space padding.</summary>
public sealed record AAssociateRq(
    string CalledAeTitle,
    string CallingAeTitle,
    IReadOnlyList<PresentationContextProposal> PresentationContexts,
    UserInformation UserInformation) : ProtocolDataUnit
{
    public override PduType Type => PduType.AAssociateRq;

    /// <summary>Bit 0 set means version 1, the only one defined (PS3.8 9.3.2).</summary>
    public ushort ProtocolVersion { get; init; } = 1;

    public string ApplicationContextName { get; init; } = DicomApplicationContext.Name;
}
