namespace PacsLab.Dicom;

/// <summary>Builds the File Meta Information group (PS3.10 7.1).</summary>
public static class DicomFileMetaInformation
{
    /// <summary>PacsLab's implementation class UID (under the 2.25 UUID root) and version name.</summary>
    public const string ImplementationClassUid = "2.25.98446373209823516749254402716151829091";
    public const string ImplementationVersionName = "PACSLAB_01";

    public static DicomDataset Build(DicomDataset dataset, DicomTransferSyntax transferSyntax, string? sourceAeTitle)
    {
        var meta = new DicomDataset();
        meta.AddOrUpdate(DicomTags.FileMetaInformationVersion, DicomVR.OB, new byte[] { 0x00, 0x01 });
        meta.AddOrUpdate(DicomTags.MediaStorageSOPClassUID, DicomVR.UI, dataset.GetString(DicomTags.SOPClassUID) ?? "");
        meta.AddOrUpdate(DicomTags.MediaStorageSOPInstanceUID, DicomVR.UI, dataset.GetString(DicomTags.SOPInstanceUID) ?? "");
        meta.AddOrUpdate(DicomTags.TransferSyntaxUID, DicomVR.UI, transferSyntax.Uid);
        meta.AddOrUpdate(DicomTags.ImplementationClassUID, DicomVR.UI, ImplementationClassUid);
        meta.AddOrUpdate(DicomTags.ImplementationVersionName, DicomVR.SH, ImplementationVersionName);
        if (!string.IsNullOrWhiteSpace(sourceAeTitle)) meta.AddOrUpdate(DicomTags.SourceApplicationEntityTitle, DicomVR.AE, sourceAeTitle);
        return meta;
    }
}
