using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>A <see cref="PacsTestBed"/> with the correction service on the same index, archive and write lock.</summary>
public sealed class CorrectionBed : IAsyncDisposable
{
    public const string Actor = "admin:trainee1";

    private CorrectionBed(PacsTestBed bed)
    {
        Bed = bed;
        Service = new StudyCorrectionService(bed.Contexts, bed.Archive, bed.Journal, bed.WriteLock, bed.Usage, TimeProvider.System,
            NullLogger<StudyCorrectionService>.Instance);
    }

    public PacsTestBed Bed { get; }
    public StudyCorrectionService Service { get; }

    public static async Task<CorrectionBed> CreateAsync() => new(await PacsTestBed.CreateAsync());

    /// <summary>Stores one study: for each series, <c>count</c> instances; UIDs derived from the study UID.</summary>
    public async Task StoreStudyAsync(string studyUid, string patientId, string patientName, params (string Modality, int Count)[] series)
    {
        for (var s = 0; s < series.Length; s++)
        {
            for (var i = 1; i <= series[s].Count; i++)
            {
                var outcome = await Bed.StoreAsync(new TestInstance
                {
                    PatientId = patientId, PatientName = patientName, StudyUid = studyUid, SeriesUid = SeriesUid(studyUid, s + 1),
                    SopUid = $"{SeriesUid(studyUid, s + 1)}.{i}", Modality = series[s].Modality, PixelFill = (byte)i,
                });
                Assert.True(outcome.Status.IsSuccess, outcome.Comment);
            }
        }
    }

    public static string SeriesUid(string studyUid, int number) => $"{studyUid}.{number}";

    public Task<StudyRecord> StudyAsync(string studyUid) =>
        Bed.QueryAsync(db => db.Studies.Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances)
            .SingleAsync(s => s.StudyInstanceUid == studyUid));

    public Task<int> InstanceCountAsync() => Bed.QueryAsync(db => db.Instances.CountAsync());

    public Task<List<AuditRecord>> AuditAsync(string action) =>
        Bed.QueryAsync(db => db.AuditLog.Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    /// <summary>Every instance file of the study, read back whole with PacsLab's reader.</summary>
    public async Task<List<DicomFile>> FilesOfAsync(string studyUid)
    {
        var study = await StudyAsync(studyUid);
        var files = new List<DicomFile>();
        foreach (var instance in study.Series.SelectMany(s => s.Instances))
            files.Add(await DicomFile.OpenAsync(Bed.Archive.FullPath(instance.FilePath)));
        return files;
    }

    public Task<ArchiveState> StateAsync() => ArchiveState.CaptureAsync(Bed);

    public ValueTask DisposeAsync() => Bed.DisposeAsync();
}
