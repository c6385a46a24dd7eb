namespace PacsLab.Dicom.Network.Pdu;

/// <summary>SOP class common extended negotiation sub-item (57H), RQ only. PS3.7 D.3.3.6.</summary>
public sealed record SopClassCommonExtendedNegotiation(
    string SopClassUid,
    string ServiceClassUid,
    IReadOnlyList<string> RelatedGeneralSopClassUids);
