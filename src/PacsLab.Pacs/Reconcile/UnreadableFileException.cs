namespace PacsLab.Pacs.Reconcile;

/// <summary>An archived file that cannot be read as DICOM; the message says why, in the reader's words.</summary>
internal sealed class UnreadableFileException(string message, Exception innerException) : Exception(message, innerException);
