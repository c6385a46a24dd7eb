namespace PacsLab.Dicom.Network.Dimse;

/// <summary>Status classes of PS3.7 Annex C.</summary>
public enum DimseStatusCategory
{
    Success,
    Pending,
    Cancel,
    Warning,
    Failure,
}
