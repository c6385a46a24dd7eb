namespace PacsLab.Dicom.Network.Pdu;

/// <summary>The only application context DICOM defines (PS3.7 Annex A.2.1).</summary>
public static class DicomApplicationContext
{
    public const string Name = "1.2.840.10008.3.1.1.1";
}
