namespace PacsLab.Dicom.Network.Dimse;

/// <summary>The peer broke the DIMSE message rules of PS3.7 / PS3.8 Annex E; the association must be aborted.</summary>
public sealed class DimseProtocolException(string message) : Exception(message);
