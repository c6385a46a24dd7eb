namespace PacsLab.Dicom.Network.Association;

/// <summary>A presentation context both sides agreed on: its id, abstract syntax and transfer syntax.</summary>
public sealed record AcceptedPresentationContext(byte Id, string AbstractSyntax, DicomTransferSyntax TransferSyntax);
