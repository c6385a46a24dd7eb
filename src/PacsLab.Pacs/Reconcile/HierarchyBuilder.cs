using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Files archived instances into the patient/study/series/instance rows with the store's rules: a patient is its
/// Patient ID within its issuer, the first instance of a study decides its patient and study attributes, a later
/// instance with another Patient ID is kept and flags the study, a series belongs to one study only, and one row
/// per SOP Instance UID. Rows are added to <paramref name="db"/>; the caller saves them.
/// </summary>
/// <param name="indexIsEmpty">
/// True for a rebuild: every row is new, so the database is never asked, and the counts are those of the new index.
/// </param>
internal sealed class HierarchyBuilder(PacsIndexContext db, bool indexIsEmpty, PreviousIndex previous, DateTimeOffset now)
{
    private readonly Dictionary<(string, string), PatientRecord> _patients = [];
    private readonly Dictionary<string, StudyRecord> _studies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeriesRecord> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _instancePaths = new(StringComparer.Ordinal);

    public int Patients => _patients.Count;
    public int Studies => _studies.Count;
    public int Series => _series.Count;
    public int Instances => _instancePaths.Count;

    /// <summary>Whether this builder filed the instance.</summary>
    public bool Filed(string sopInstanceUid) => _instancePaths.ContainsKey(sopInstanceUid);

    /// <summary>Adds the rows for <paramref name="file"/>; null when it was filed, else why it cannot be.</summary>
    public async Task<string?> AddAsync(ArchivedFile file, CancellationToken cancellationToken)
    {
        var a = file.Attributes;
        var shown = ReconcileText.Archive(file.RelativePath);
        if (await IndexedPathOfAsync(a.SopInstanceUid, cancellationToken).ConfigureAwait(false) is { } indexedPath)
            return $"{shown} holds instance {a.SopInstanceUid}, which is already indexed from {ReconcileText.Archive(indexedPath)}: a second copy, left out";
        var series = await SeriesAsync(a.SeriesInstanceUid, cancellationToken).ConfigureAwait(false);
        if (series is not null && series.Study!.StudyInstanceUid != a.StudyInstanceUid)
            return $"{shown} (instance {a.SopInstanceUid}) says series {a.SeriesInstanceUid} is in study {a.StudyInstanceUid}, " +
                   $"but that series is already filed under study {series.Study.StudyInstanceUid}: left out, as a store would refuse it";

        var study = await StudyAsync(a, cancellationToken).ConfigureAwait(false);
        if (series is null)
        {
            series = new SeriesRecord
            {
                Study = study, SeriesInstanceUid = a.SeriesInstanceUid, Modality = a.Modality, SeriesNumber = a.SeriesNumber,
                SeriesDescription = a.SeriesDescription, BodyPartExamined = a.BodyPartExamined, SeriesDate = a.SeriesDate, SeriesTime = a.SeriesTime,
            };
            study.Series.Add(series);
            study.NumberOfSeries++;
            study.ModalitiesInStudy = InstanceStoreService.AddModality(study.ModalitiesInStudy, a.Modality);
            _series[a.SeriesInstanceUid] = series;
        }
        var origin = previous.Instances.GetValueOrDefault(a.SopInstanceUid);
        series.Instances.Add(new InstanceRecord
        {
            SopInstanceUid = a.SopInstanceUid, SopClassUid = a.SopClassUid, InstanceNumber = a.InstanceNumber,
            TransferSyntaxUid = file.TransferSyntaxUid, FilePath = file.RelativePath, SizeBytes = file.SizeBytes, ContentHash = file.ContentHash,
            PatientIdInFile = a.PatientId, ReceivedFromAeTitle = origin?.ReceivedFromAeTitle ?? file.SourceAeTitle, ReceivedAt = origin?.ReceivedAt ?? file.WrittenAt,
        });
        _instancePaths[a.SopInstanceUid] = file.RelativePath;
        series.NumberOfInstances++;
        study.NumberOfInstances++;
        study.SizeBytes += file.SizeBytes;
        study.UpdatedAt = now;
        return null;
    }

    private async Task<string?> IndexedPathOfAsync(string sopInstanceUid, CancellationToken cancellationToken)
    {
        if (_instancePaths.TryGetValue(sopInstanceUid, out var path) || indexIsEmpty) return path;
        return await db.Instances.Where(i => i.SopInstanceUid == sopInstanceUid).Select(i => i.FilePath)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SeriesRecord?> SeriesAsync(string seriesInstanceUid, CancellationToken cancellationToken)
    {
        if (_series.TryGetValue(seriesInstanceUid, out var series) || indexIsEmpty) return series;
        series = await db.Series.Include(s => s.Study)
            .SingleOrDefaultAsync(s => s.SeriesInstanceUid == seriesInstanceUid, cancellationToken).ConfigureAwait(false);
        if (series is not null) _series[seriesInstanceUid] = series;
        return series;
    }

    private async Task<StudyRecord> StudyAsync(IndexedAttributes a, CancellationToken cancellationToken)
    {
        if (!_studies.TryGetValue(a.StudyInstanceUid, out var study) && !indexIsEmpty)
            study = await db.Studies.Include(s => s.Patient)
                .SingleOrDefaultAsync(s => s.StudyInstanceUid == a.StudyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (study is not null)
        {
            _studies[a.StudyInstanceUid] = study;
            FlagPatientConflict(study, a);
            return study;
        }
        var patient = await PatientAsync(a, cancellationToken).ConfigureAwait(false);
        var state = previous.Studies.GetValueOrDefault(a.StudyInstanceUid);
        study = new StudyRecord
        {
            Patient = patient, StudyInstanceUid = a.StudyInstanceUid, StudyDate = a.StudyDate, StudyTime = a.StudyTime,
            AccessionNumber = a.AccessionNumber, StudyId = a.StudyId, StudyDescription = a.StudyDescription,
            ReferringPhysicianName = a.ReferringPhysicianName, CreatedAt = state?.CreatedAt ?? now, UpdatedAt = now, DeletedAt = state?.DeletedAt,
        };
        patient.Studies.Add(study);
        _studies[a.StudyInstanceUid] = study;
        return study;
    }

    private async Task<PatientRecord> PatientAsync(IndexedAttributes a, CancellationToken cancellationToken)
    {
        var key = (a.PatientId, a.IssuerOfPatientId);
        if (!_patients.TryGetValue(key, out var patient) && !indexIsEmpty)
            patient = await db.Patients.SingleOrDefaultAsync(p => p.PatientId == a.PatientId && p.IssuerOfPatientId == a.IssuerOfPatientId, cancellationToken)
                .ConfigureAwait(false);
        if (patient is null)
        {
            patient = new PatientRecord
            {
                PatientId = a.PatientId, IssuerOfPatientId = a.IssuerOfPatientId, PatientName = a.PatientName, PatientBirthDate = a.PatientBirthDate,
                PatientSex = a.PatientSex, CreatedAt = previous.Patients.TryGetValue(key, out var created) ? created : now,
            };
            db.Patients.Add(patient);
        }
        _patients[key] = patient;
        return patient;
    }

    /// <summary>As the store does: the instance stays in the study, and the study is flagged for an administrator.</summary>
    private static void FlagPatientConflict(StudyRecord study, IndexedAttributes a)
    {
        var patient = study.Patient!;
        if (patient.PatientId == a.PatientId && patient.IssuerOfPatientId == a.IssuerOfPatientId) return;
        study.PatientIdentityConflict ??=
            $"Patient ID '{a.PatientId}' ({a.PatientName}) differs from '{patient.PatientId}' ({patient.PatientName}) on file for this study; " +
            "stored in the study and flagged as a patient-identity conflict";
    }
}
