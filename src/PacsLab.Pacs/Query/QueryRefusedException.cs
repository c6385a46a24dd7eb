namespace PacsLab.Pacs.Query;

/// <summary>An identifier the PACS cannot use as sent (answered 0xA900, identifier does not match SOP class).</summary>
public sealed class QueryRefusedException(string message) : Exception(message);
