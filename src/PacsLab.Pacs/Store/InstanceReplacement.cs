using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Store;

/// <summary>
/// The index side of <see cref="DuplicatePolicy.Overwrite"/>: the replacing copy of an instance decides the rows the
/// index keeps for it. Its series, study and patient rows take its attributes; if it names another series or study,
/// it is filed there (created if new) and a series or study it leaves empty is removed, with a patient left without
/// studies; the studies it touches are recounted (series, instances, size, Modalities in Study). A Patient ID that
/// differs from the study's patient moves the study to that patient when the instance is the study's only one, and is
/// kept and flagged as a patient-identity conflict otherwise, as for a new instance. Runs inside the store's
/// transaction and changes tracked rows only; a refusal throws <see cref="StoreRefusedException"/> before anything is
/// saved, so the stored copy and its rows stay as they were.
/// </summary>
internal static class InstanceReplacement
{
    /// <returns>The C-STORE warning's comment (a patient-identity conflict), or null.</returns>
    public static async Task<string?> ApplyAsync(PacsIndexContext db, StoreQueries queries, InstanceRecord instance, IndexedAttributes a,
        StagedInstance staged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldSeries = instance.Series!;
        var oldStudy = await StudyGraphAsync(db, s => s.Id == oldSeries.StudyKey, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"the study row of instance {a.SopInstanceUid} is missing from the index");
        var study = await TargetStudyAsync(db, queries, oldStudy, a, staged, now, cancellationToken).ConfigureAwait(false);
        var series = await TargetSeriesAsync(db, oldSeries, study, instance, a, cancellationToken).ConfigureAwait(false);
        instance.Series = series;
        db.ChangeTracker.DetectChanges();

        IndexRows.SetStudy(study, a);
        IndexRows.SetSeries(series, a);
        var warning = await SettlePatientAsync(db, queries, study, instance, a, now, cancellationToken).ConfigureAwait(false);

        if (!ReferenceEquals(oldSeries, series) && oldSeries.Instances.Count == 0)
        {
            db.Series.Remove(oldSeries);
            oldStudy.Series.Remove(oldSeries);
        }
        if (!ReferenceEquals(oldStudy, study))
        {
            if (oldStudy.Series.Count == 0)
            {
                db.Studies.Remove(oldStudy);
                await RemovePatientIfUnusedAsync(db, oldStudy.Patient!, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                StudyTotals.Recompute(oldStudy);
                StudyTotals.ResolveConflict(oldStudy, oldStudy.Patient!);
                oldStudy.UpdatedAt = now;
            }
        }
        StudyTotals.Recompute(study);
        study.UpdatedAt = now;
        return warning;
    }

    /// <summary>The study the copy names: the same one, another one already indexed, or a new one for its patient.</summary>
    private static async Task<StudyRecord> TargetStudyAsync(PacsIndexContext db, StoreQueries queries, StudyRecord oldStudy, IndexedAttributes a,
        StagedInstance staged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (oldStudy.StudyInstanceUid == a.StudyInstanceUid) return oldStudy;
        var other = await StudyGraphAsync(db, s => s.StudyInstanceUid == a.StudyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (other is not null)
        {
            if (other.DeletedAt is not null)
            {
                other.DeletedAt = null;
                db.AuditLog.Add(IndexRows.RestoredByStore(other, staged, now));
            }
            return other;
        }
        var patient = await queries.Patient(db, a.PatientId, a.IssuerOfPatientId, cancellationToken).ConfigureAwait(false) ?? IndexRows.NewPatient(a, now);
        var study = IndexRows.NewStudy(a, patient, now);
        db.Studies.Add(study);
        return study;
    }

    /// <summary>
    /// The series the copy names, in the target study. A series of another study is refused (0xA900), unless this
    /// instance is all it holds: then the series goes with it.
    /// </summary>
    private static async Task<SeriesRecord> TargetSeriesAsync(PacsIndexContext db, SeriesRecord oldSeries, StudyRecord study, InstanceRecord instance,
        IndexedAttributes a, CancellationToken cancellationToken)
    {
        var series = oldSeries.SeriesInstanceUid == a.SeriesInstanceUid
            ? oldSeries
            : study.Series.FirstOrDefault(s => s.SeriesInstanceUid == a.SeriesInstanceUid)
              ?? await db.Series.Include(s => s.Instances).Include(s => s.Study)
                  .SingleOrDefaultAsync(s => s.SeriesInstanceUid == a.SeriesInstanceUid, cancellationToken).ConfigureAwait(false);
        if (series is null)
        {
            series = IndexRows.NewSeries(a, study);
            study.Series.Add(series);
            return series;
        }
        if (ReferenceEquals(series.Study, study)) return series;
        if (ReferenceEquals(series, oldSeries) && series.Instances.All(i => ReferenceEquals(i, instance)))
        {
            series.Study = study;
            return series;
        }
        var owner = series.Study?.StudyInstanceUid
            ?? await db.Studies.Where(s => s.Id == series.StudyKey).Select(s => s.StudyInstanceUid).SingleAsync(cancellationToken).ConfigureAwait(false);
        throw new StoreRefusedException(StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass,
            $"Series {a.SeriesInstanceUid} already belongs to study {owner}, not to study {a.StudyInstanceUid} as this instance says; the stored copy was kept"));
    }

    private static async Task<string?> SettlePatientAsync(PacsIndexContext db, StoreQueries queries, StudyRecord study, InstanceRecord instance,
        IndexedAttributes a, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var patient = study.Patient!;
        if (IndexRows.SamePatient(patient, a))
        {
            IndexRows.SetPatient(patient, a);
            StudyTotals.ResolveConflict(study, patient);
            return null;
        }
        if (study.Series.SelectMany(s => s.Instances).Any(i => !ReferenceEquals(i, instance))) return IndexRows.CheckPatientIdentity(study, a);

        // The study holds only this instance, so its patient is whoever this copy says.
        var target = await queries.Patient(db, a.PatientId, a.IssuerOfPatientId, cancellationToken).ConfigureAwait(false) ?? IndexRows.NewPatient(a, now);
        IndexRows.SetPatient(target, a);
        study.Patient = target;
        study.PatientIdentityConflict = null;
        db.ChangeTracker.DetectChanges();
        await RemovePatientIfUnusedAsync(db, patient, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Removes a patient row no study refers to any more, counting the changes not yet saved.</summary>
    private static async Task RemovePatientIfUnusedAsync(PacsIndexContext db, PatientRecord patient, CancellationToken cancellationToken)
    {
        if (db.Entry(patient).State == EntityState.Added) return;
        db.ChangeTracker.DetectChanges();
        var stored = await db.Studies.Where(s => s.PatientKey == patient.Id).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var tracked = db.ChangeTracker.Entries<StudyRecord>().ToList();
        var stays = stored.Any(id => tracked.FirstOrDefault(e => e.Entity.Id == id) is not { } entry
                                     || (entry.State != EntityState.Deleted && ReferenceEquals(entry.Entity.Patient, patient)))
                    || tracked.Any(e => e.State == EntityState.Added && ReferenceEquals(e.Entity.Patient, patient));
        if (!stays) db.Patients.Remove(patient);
    }

    private static Task<StudyRecord?> StudyGraphAsync(PacsIndexContext db, Expression<Func<StudyRecord, bool>> which, CancellationToken cancellationToken) =>
        db.Studies.Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances).SingleOrDefaultAsync(which, cancellationToken);
}
