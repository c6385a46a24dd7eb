using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Drops the index rows of instances whose files are gone, one audit record each, in one transaction. A series or
/// study left without instances goes too (with its own audit record), and so does a patient left without studies;
/// the counts and modalities of the studies touched are recounted from the rows that remain.
/// </summary>
internal static class MissingRowRemover
{
    public static async Task<IReadOnlyList<ReconcileFix>> RunAsync(PacsIndexContext db, IReadOnlyCollection<string> sopInstanceUids, string actor,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (sopInstanceUids.Count == 0) return [];
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var instances = await db.Instances.Include(i => i.Series!).ThenInclude(s => s.Study!).ThenInclude(s => s.Patient)
            .Where(i => sopInstanceUids.Contains(i.SopInstanceUid)).OrderBy(i => i.FilePath)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fixes = new List<ReconcileFix>();
        foreach (var instance in instances)
        {
            var study = instance.Series!.Study!;
            var path = ReconcileText.Archive(instance.FilePath);
            var summary = $"Dropped the index row of instance {instance.SopInstanceUid} (study {study.StudyInstanceUid}, patient '{study.Patient!.PatientId}'): " +
                          $"its file {path} was missing. The image is lost unless a modality resends it or the file is restored from a backup.";
            db.AuditLog.Add(new AuditRecord
            {
                At = now, Actor = actor, Action = "instance-row-dropped", Target = $"instance {instance.SopInstanceUid}", Summary = summary,
                Before = AuditJson.Of(new
                {
                    instance.SopInstanceUid, study.StudyInstanceUid, instance.Series.SeriesInstanceUid, instance.FilePath, instance.SizeBytes, instance.ContentHash,
                }),
                After = "{}",
            });
            db.Instances.Remove(instance);
            fixes.Add(new ReconcileFix(ReconcileFindingKind.MissingFile, instance.SopInstanceUid, path, summary));
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var studyIds = instances.Select(i => i.Series!.StudyKey).ToHashSet();
        fixes.AddRange(await RemoveEmptyAsync(db, studyIds, actor, now, cancellationToken).ConfigureAwait(false));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return fixes;
    }

    private static async Task<IEnumerable<ReconcileFix>> RemoveEmptyAsync(PacsIndexContext db, HashSet<long> studyIds, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fixes = new List<ReconcileFix>();
        var studies = await db.Studies.Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances)
            .Where(s => studyIds.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var study in studies)
        {
            foreach (var empty in study.Series.Where(s => s.Instances.Count == 0).ToList())
            {
                study.Series.Remove(empty);
                db.Series.Remove(empty);
            }
            Recount(study);
            if (study.Series.Count > 0) continue;
            var summary = $"Removed study {study.StudyInstanceUid} of patient '{study.Patient!.PatientId}' from the index: none of its instance files was left.";
            db.AuditLog.Add(new AuditRecord { At = now, Actor = actor, Action = "study-row-dropped", Target = $"study {study.StudyInstanceUid}", Summary = summary });
            db.Studies.Remove(study);
            fixes.Add(new ReconcileFix(ReconcileFindingKind.MissingFile, null, $"study {study.StudyInstanceUid}", summary));
        }
        foreach (var patient in studies.Where(s => s.Series.Count == 0).Select(s => s.Patient!).Distinct())
        {
            var removedIds = studies.Where(s => s.Series.Count == 0).Select(s => s.Id).ToList();
            if (await db.Studies.AnyAsync(s => s.PatientKey == patient.Id && !removedIds.Contains(s.Id), cancellationToken).ConfigureAwait(false)) continue;
            var summary = $"Removed patient '{patient.PatientId}' ({patient.PatientName}) from the index: no study of the patient was left.";
            db.AuditLog.Add(new AuditRecord { At = now, Actor = actor, Action = "patient-row-dropped", Target = $"patient {patient.PatientId}", Summary = summary });
            db.Patients.Remove(patient);
            fixes.Add(new ReconcileFix(ReconcileFindingKind.MissingFile, null, $"patient {patient.PatientId}", summary));
        }
        return fixes;
    }

    private static void Recount(StudyRecord study)
    {
        foreach (var series in study.Series) series.NumberOfInstances = series.Instances.Count;
        study.NumberOfSeries = study.Series.Count;
        study.NumberOfInstances = study.Series.Sum(s => s.Instances.Count);
        study.SizeBytes = study.Series.Sum(s => s.Instances.Sum(i => i.SizeBytes));
        study.ModalitiesInStudy = study.Series.OrderBy(s => s.Id).Aggregate("", (modalities, s) => InstanceStoreService.AddModality(modalities, s.Modality));
    }
}
