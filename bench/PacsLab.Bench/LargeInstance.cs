using PacsLab.Dicom;

namespace PacsLab.Bench;

/// <summary>Writes a CT-like instance whose pixel data makes up the requested size.</summary>
internal static class LargeInstance
{
    public static async Task WriteAsync(string path, int sizeMb)
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "2.25.1234567890123456789");
        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Bench^Large");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "BENCH-1");
        ds.AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT");
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0002), DicomVR.US, (ushort)1);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2");
        var frames = sizeMb * 2; // 512 x 1024 x 16 bit = 1 MB per two frames
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0008), DicomVR.IS, frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)512);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)512);
        ds.AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0101), DicomVR.US, (ushort)12);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0102), DicomVR.US, (ushort)11);
        ds.AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        var pixels = new byte[sizeMb * 1024 * 1024];
        new Random(42).NextBytes(pixels);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
        await DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(path);
    }
}
