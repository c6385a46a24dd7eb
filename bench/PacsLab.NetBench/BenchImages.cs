using System.Globalization;
using PacsLab.Dicom;

namespace PacsLab.NetBench;

/// <summary>
/// The instances the benchmark sends: a series of 512 x 512 16-bit CT-like images (a disc "phantom" with noise,
/// 12 bits stored) and one large multi-frame instance, all explicit VR little endian Part 10 files.
/// </summary>
internal static class BenchImages
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const int Size = 512;

    public static async Task WriteSeriesAsync(string folder, int count, string seriesLabel)
    {
        Directory.CreateDirectory(folder);
        var pixels = PhantomFrame();
        var study = DicomUidGenerator.FromName($"netbench study {seriesLabel}");
        var series = DicomUidGenerator.FromName($"netbench series {seriesLabel}");
        for (var i = 1; i <= count; i++)
        {
            var ds = Header(DicomUidGenerator.FromName($"netbench {seriesLabel} image {i}"), study, series, i, frames: 1);
            ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
            await DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(Path.Combine(folder, $"ct{i:D4}.dcm"));
        }
    }

    /// <summary>One instance whose pixel data is <paramref name="sizeMiB"/> MiB (two 512 x 512 frames per MiB).</summary>
    public static async Task WriteLargeAsync(string path, int sizeMiB)
    {
        var frame = PhantomFrame();
        var frames = sizeMiB * 2;
        var ds = Header(DicomUidGenerator.FromName($"netbench large {sizeMiB}"), DicomUidGenerator.FromName("netbench large study"),
            DicomUidGenerator.FromName("netbench large series"), 1, frames);
        var pixels = new byte[frame.Length * frames];
        for (var f = 0; f < frames; f++) frame.CopyTo(pixels, f * frame.Length);
        ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
        await DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(path);
    }

    private static DicomDataset Header(string instance, string study, string series, int number, int frames)
    {
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage);
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, instance);
        ds.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "20261124");
        ds.AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT");
        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Bench^Network");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "NETBENCH-1");
        ds.AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, study);
        ds.AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, series);
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, number.ToString(CultureInfo.InvariantCulture)); // Instance Number
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0002), DicomVR.US, (ushort)1); // Samples per Pixel
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2");
        if (frames > 1) ds.AddOrUpdate(new DicomTag(0x0028, 0x0008), DicomVR.IS, frames.ToString(CultureInfo.InvariantCulture));
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)Size); // Rows
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)Size); // Columns
        ds.AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0101), DicomVR.US, (ushort)12); // Bits Stored
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0102), DicomVR.US, (ushort)11); // High Bit
        ds.AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x1052), DicomVR.DS, "-1024"); // Rescale Intercept
        ds.AddOrUpdate(new DicomTag(0x0028, 0x1053), DicomVR.DS, "1"); // Rescale Slope
        return ds;
    }

    /// <summary>Air outside a water disc with a denser insert, plus noise: stored values in 0..4095.</summary>
    private static byte[] PhantomFrame()
    {
        var random = new Random(42);
        var bytes = new byte[Size * Size * 2];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                double dx = x - Size / 2, dy = y - Size / 2, ix = x - 300, iy = y - 220;
                var hu = dx * dx + dy * dy < 200 * 200 ? (ix * ix + iy * iy < 40 * 40 ? 700 : 0) : -1000;
                var stored = Math.Clamp(hu + 1024 + random.Next(-20, 21), 0, 4095);
                bytes[(y * Size + x) * 2] = (byte)stored;
                bytes[(y * Size + x) * 2 + 1] = (byte)(stored >> 8);
            }
        }
        return bytes;
    }
}
