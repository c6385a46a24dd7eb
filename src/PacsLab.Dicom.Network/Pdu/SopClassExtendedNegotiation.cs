namespace PacsLab.Dicom.Network.Pdu;

/// <summary>SOP class extended negotiation sub-item (56H). PS3.7 D.3.3.5; the information bytes are defined per service class (PS3.4).</summary>
public sealed record SopClassExtendedNegotiation(string SopClassUid, ReadOnlyMemory<byte> ServiceClassApplicationInformation);
