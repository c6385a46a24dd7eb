namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// Thrown by a service handler to answer with a particular status and comment (e.g. 0xA900 for an identifier
/// the SCP cannot use, 0x0124 for a caller who may not do this) instead of the generic failure an exception gets.
/// </summary>
public sealed class DimseStatusException(DimseStatus status, string comment) : Exception(comment)
{
    public DimseStatus Status { get; } = status;
}
