namespace PacsLab.Dicom.Network.Pdu;

/// <summary>A presentation context item (20H) of an A-ASSOCIATE-RQ: one abstract syntax and the transfer syntaxes offered for it (PS3.8 9.3.2.2).</summary>
/// <param name="Id">Odd, 1 to 255 (PS3.8 9.3.2.2).</param>
public sealed record PresentationContextProposal(byte Id, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
