using PacsLab.Dicom;

namespace PacsLab.Interop.Tests.Network;

/// <summary>Small CT images for the network tests: ASCII text so dcmdump shows it verbatim, 16-bit pixels that byte order would scramble.</summary>
public static class NetworkSamples
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    /// <summary>A CT data set with a fresh SOP Instance UID and <paramref name="size"/> x <paramref name="size"/> 16-bit pixels.</summary>
    public static DicomDataset Ct(string patientName = "Interop^Store", int size = 8, int seed = 0)
    {
        var pixels = Pixels(size, seed);
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100")
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
            .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20240215")
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, patientName)
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "NET-0001")
            .AddOrUpdate(new DicomTag(0x0018, 0x0050), DicomVR.DS, "1.25")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
            .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
            .AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, (seed + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AddOrUpdate(new DicomTag(0x0028, 0x0002), DicomVR.US, (ushort)1)
            .AddOrUpdate(new DicomTag(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2")
            .AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)size)
            .AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)size)
            .AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16)
            .AddOrUpdate(new DicomTag(0x0028, 0x0101), DicomVR.US, (ushort)12)
            .AddOrUpdate(new DicomTag(0x0028, 0x0102), DicomVR.US, (ushort)11)
            .AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
            .AddOrUpdate(new DicomTag(0x0028, 0x1050), DicomVR.DS, "40")
            .AddOrUpdate(new DicomTag(0x0028, 0x1051), DicomVR.DS, "400");
        ds.AddOrUpdate(DicomBinary.FromValues(DicomTags.PixelData, DicomVR.OW, pixels));
        return ds;
    }

    /// <summary>Pixel values 0..4095 whose two bytes differ, so a missed byte swap shows.</summary>
    public static ushort[] Pixels(int size, int seed = 0) =>
        Enumerable.Range(0, size * size).Select(i => (ushort)((i * 257 + seed * 31 + 1) & 0x0FFF)).ToArray();

    /// <summary>The little-endian pixel bytes PacsLab holds in memory for (7FE0,0010), whatever the file's byte order.</summary>
    public static byte[] PixelBytes(DicomDataset dataset) =>
        ((DicomElement)(dataset[DicomTags.PixelData] ?? throw new InvalidOperationException("no Pixel Data (7FE0,0010)"))).Value.ToArray();

    /// <summary>Writes the data set as a Part 10 file in the syntax and returns its path.</summary>
    public static async Task<string> SaveAsync(DicomDataset dataset, DicomTransferSyntax syntax, string folder, string? name = null)
    {
        var path = Path.Combine(folder, name ?? $"{dataset.GetString(DicomTags.SOPInstanceUID)}.dcm");
        await DicomFile.Create(dataset, syntax, "PACSLAB_TEST").SaveAsync(path);
        return path;
    }
}
