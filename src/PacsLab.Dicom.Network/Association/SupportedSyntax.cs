namespace PacsLab.Dicom.Network.Association;

/// <summary>An abstract syntax the acceptor supports and the transfer syntaxes it takes, most preferred first.</summary>
public sealed record SupportedSyntax(string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
