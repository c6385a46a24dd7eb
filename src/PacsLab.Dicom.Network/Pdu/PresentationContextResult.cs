namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A presentation context item (21H) of an A-ASSOCIATE-AC (PS3.8 9.3.3.2).</summary>
/// <param name="TransferSyntax">The accepted transfer syntax; not significant (and may be empty) when <paramref name="Result"/> is not acceptance.</param>
public sealed record PresentationContextResult(byte Id, PresentationContextResultCode Result, string TransferSyntax);
