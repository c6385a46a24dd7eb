using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Interop.Tests.Network;
using PacsLab.Pacs;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>One series of a sample study: its UID, number, modality and the instances in it.</summary>
public sealed record SampleSeries(string Uid, string Number, string Modality, IReadOnlyList<DicomFile> Instances)
{
    public IEnumerable<string> InstanceUids => Instances.Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)!);
}

/// <summary>A sample study and the patient it belongs to.</summary>
public sealed record SampleStudy(string PatientId, string PatientName, string Uid, string Date, string Description, IReadOnlyList<SampleSeries> Series)
{
    public IEnumerable<DicomFile> Instances => Series.SelectMany(s => s.Instances);
    public IEnumerable<string> InstanceUids => Series.SelectMany(s => s.InstanceUids);
}

/// <summary>
/// The archive the query/retrieve tests work on: two patients whose keys tell the matching types apart. John Doe
/// has a CT study in 2026, Jane Roe an MR study in 2025; each study has 2 series of 3 small images (4x4 pixels).
/// Fresh UIDs every time, so a PACS never mistakes one test run's instances for another's.
/// </summary>
public sealed class PacsStudies
{
    public const string MrImageStorage = "1.2.840.10008.5.1.4.1.1.4";

    public PacsStudies()
    {
        Doe = Study("PAT-DOE1", "DOE^JOHN", "M", "20260315", "CT CHEST", "CT", NetworkSamples.CtImageStorage, "ACC-2026-1");
        Roe = Study("PAT-ROE2", "ROE^JANE", "F", "20251120", "MR HEAD", "MR", MrImageStorage, "ACC-2025-2");
    }

    /// <summary>DOE^JOHN (PAT-DOE1): CT, 2026-03-15.</summary>
    public SampleStudy Doe { get; }

    /// <summary>ROE^JANE (PAT-ROE2): MR, 2025-11-20.</summary>
    public SampleStudy Roe { get; }

    public IEnumerable<SampleStudy> All => [Doe, Roe];
    public IEnumerable<DicomFile> Instances => All.SelectMany(s => s.Instances);
    public int InstanceCount => Instances.Count();

    /// <summary>Writes every instance as a Part 10 file into <paramref name="folder"/> and returns the paths.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(string folder)
    {
        var paths = new List<string>();
        foreach (var file in Instances)
        {
            var path = Path.Combine(folder, $"{file.Dataset.GetString(DicomTags.SOPInstanceUID)}.dcm");
            await file.SaveAsync(path);
            paths.Add(path);
        }
        return paths;
    }

    private static SampleStudy Study(string patientId, string patientName, string sex, string date, string description, string modality,
        string sopClassUid, string accession)
    {
        var studyUid = DicomUidGenerator.Generate();
        var series = new List<SampleSeries>();
        for (var s = 1; s <= 2; s++)
        {
            var seriesUid = DicomUidGenerator.Generate();
            var number = s.ToString(CultureInfo.InvariantCulture);
            var instances = Enumerable.Range(1, 3).Select(i =>
            {
                var dataset = NetworkSamples.Ct(patientName, size: 4, seed: s * 10 + i)
                    .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, sopClassUid)
                    .AddOrUpdate(DicomTags.Modality, DicomVR.CS, modality)
                    .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
                    .AddOrUpdate(PacsTags.PatientBirthDate, DicomVR.DA, "19700101")
                    .AddOrUpdate(PacsTags.PatientSex, DicomVR.CS, sex)
                    .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyUid)
                    .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, date)
                    .AddOrUpdate(PacsTags.StudyTime, DicomVR.TM, "101500")
                    .AddOrUpdate(PacsTags.AccessionNumber, DicomVR.SH, accession)
                    .AddOrUpdate(PacsTags.StudyDescription, DicomVR.LO, description)
                    .AddOrUpdate(PacsTags.StudyID, DicomVR.SH, "1")
                    .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, seriesUid)
                    .AddOrUpdate(PacsTags.SeriesNumber, DicomVR.IS, number)
                    .AddOrUpdate(PacsTags.InstanceNumber, DicomVR.IS, i.ToString(CultureInfo.InvariantCulture));
                return DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian, "PACSLAB_TEST");
            }).ToList();
            series.Add(new SampleSeries(seriesUid, number, modality, instances));
        }
        return new SampleStudy(patientId, patientName, studyUid, date, description, series);
    }
}
