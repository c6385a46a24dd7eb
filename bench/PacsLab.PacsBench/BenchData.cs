using System.Globalization;
using PacsLab.Dicom;

namespace PacsLab.PacsBench;

/// <summary>
/// The instances sent: CT-like 512 x 512 16-bit images (two studies of 500 for the default 1000), small 32 x 32
/// images (50 studies of 100), a warm-up study, and tiny one-instance studies to fill the index for C-FIND. All are
/// explicit VR little endian Part 10 files generated with PacsLab.Dicom; UIDs are derived from names, so they are the
/// same in every run.
/// </summary>
internal static class BenchData
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const int CtPerStudy = 500;
    public const int SmallPerStudy = 100;
    private static readonly DateOnly FirstSeedDate = new(2000, 1, 1);
    public const int SeedDays = 3650;

    public static string CtStudyUid(int study) => DicomUidGenerator.FromName($"pacsbench ct study {study}");
    public static string SmallStudyUid(int study, string label = "small") => DicomUidGenerator.FromName($"pacsbench {label} study {study}");

    public static string SeedPatientId(int i) => $"PBP{i / 2:D6}";
    public static string SeedAccession(int i) => $"PBA{i:D7}";
    public static DateOnly SeedDate(int i, int count) => FirstSeedDate.AddDays((int)((long)i * SeedDays / count));
    public static string Da(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static async Task WriteCtAsync(string folder, int count, string label)
    {
        Directory.CreateDirectory(folder);
        var pixels = Phantom(512, 12);
        for (var i = 0; i < count; i++)
        {
            var study = label == "ct" ? CtStudyUid(i / CtPerStudy) : DicomUidGenerator.FromName($"pacsbench {label} study");
            var ds = Header($"pacsbench {label} image {i}", study, $"{study} series", i + 1, 512, "PBCT", $"PBCTACC{i / CtPerStudy}", "20260101");
            ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
            await Save(ds, Path.Combine(folder, $"{label}{i:D5}.dcm"));
        }
    }

    public static async Task WriteSmallAsync(string folder, int count, string label = "small")
    {
        Directory.CreateDirectory(folder);
        var pixels = Phantom(32, 4);
        for (var i = 0; i < count; i++)
        {
            var study = SmallStudyUid(i / SmallPerStudy, label);
            var tag = label.ToUpperInvariant();
            var ds = Header($"pacsbench {label} image {i}", study, $"{study} series", i % SmallPerStudy + 1, 32, $"PB{tag}{i / SmallPerStudy}",
                $"PB{tag}ACC{i / SmallPerStudy}", "20260102");
            ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
            await Save(ds, Path.Combine(folder, $"{label}{i:D5}.dcm"));
        }
    }

    /// <summary>One 8 x 8 image per study: PatientID shared by two studies, AccessionNumber unique, dates spread over ten years.</summary>
    public static async Task WriteSeedAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var pixels = Phantom(8, 2);
        for (var i = 0; i < count; i++)
        {
            var study = DicomUidGenerator.FromName($"pacsbench seed study {i}");
            var ds = Header($"pacsbench seed image {i}", study, $"{study} series", 1, 8, SeedPatientId(i), SeedAccession(i), Da(SeedDate(i, count)));
            ds.AddOrUpdate(DicomTags.PixelData, DicomVR.OW, pixels);
            await Save(ds, Path.Combine(folder, $"seed{i:D6}.dcm"));
        }
    }

    private static Task Save(DicomDataset ds, string path) => DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian).SaveAsync(path);

    private static DicomDataset Header(string instanceName, string study, string seriesName, int number, int size, string patientId, string accession, string date)
    {
        var c = CultureInfo.InvariantCulture;
        var ds = new DicomDataset();
        ds.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage);
        ds.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.FromName(instanceName));
        ds.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, date);
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0030), DicomVR.TM, "120000"); // Study Time
        ds.AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, accession); // Accession Number
        ds.AddOrUpdate(DicomTags.Modality, DicomVR.CS, "CT");
        ds.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, $"Bench^{patientId}");
        ds.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId);
        ds.AddOrUpdate(new DicomTag(0x0010, 0x0030), DicomVR.DA, "19700101"); // Patient's Birth Date
        ds.AddOrUpdate(new DicomTag(0x0010, 0x0040), DicomVR.CS, "O"); // Patient's Sex
        ds.AddOrUpdate(new DicomTag(0x0008, 0x1030), DicomVR.LO, "PacsBench"); // Study Description
        ds.AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, study);
        ds.AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, DicomUidGenerator.FromName(seriesName));
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0010), DicomVR.SH, "1"); // Study ID
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0011), DicomVR.IS, "1"); // Series Number
        ds.AddOrUpdate(new DicomTag(0x0020, 0x0013), DicomVR.IS, number.ToString(c)); // Instance Number
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0002), DicomVR.US, (ushort)1); // Samples per Pixel
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0004), DicomVR.CS, "MONOCHROME2");
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0010), DicomVR.US, (ushort)size); // Rows
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0011), DicomVR.US, (ushort)size); // Columns
        ds.AddOrUpdate(DicomTags.BitsAllocated, DicomVR.US, (ushort)16);
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0101), DicomVR.US, (ushort)12); // Bits Stored
        ds.AddOrUpdate(new DicomTag(0x0028, 0x0102), DicomVR.US, (ushort)11); // High Bit
        ds.AddOrUpdate(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0);
        return ds;
    }

    /// <summary>A disc with noise, 12-bit stored values, little endian 16-bit samples.</summary>
    private static byte[] Phantom(int size, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[size * size * 2];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                double dx = x - size / 2, dy = y - size / 2;
                var value = Math.Clamp((dx * dx + dy * dy < size * size / 7 ? 1024 : 24) + random.Next(-20, 21), 0, 4095);
                bytes[(y * size + x) * 2] = (byte)value;
                bytes[(y * size + x) * 2 + 1] = (byte)(value >> 8);
            }
        }
        return bytes;
    }
}
