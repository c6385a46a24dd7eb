namespace PacsLab.Dicom.Network.Client;

/// <summary>A DICOM network operation could not be done; the message says what happened and what to check.</summary>
public sealed class DicomNetworkException(string message, Exception? inner = null) : Exception(message, inner);
