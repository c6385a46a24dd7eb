namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// The preamble and File Meta Information that turn received data set bytes into a Part 10 file: SOP Class and
/// Instance UIDs from the C-STORE command, the presentation context's transfer syntax, the sender as source AE.
/// </summary>
internal static class Part10Header
{
    public static async Task<byte[]> BuildAsync(string? sopClassUid, string? sopInstanceUid, DicomTransferSyntax syntax, string? sourceAeTitle)
    {
        var identity = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, sopClassUid ?? "")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, sopInstanceUid ?? "");
        using var header = new MemoryStream();
        await new DicomFile(DicomFileMetaInformation.Build(identity, syntax, sourceAeTitle), new DicomDataset()).WriteAsync(header).ConfigureAwait(false);
        return header.ToArray();
    }
}
