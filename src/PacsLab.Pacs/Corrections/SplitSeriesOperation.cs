using PacsLab.Dicom;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Moves chosen series out of a study into a new study (new Study Instance UID, series UIDs kept) for another or
/// the same patient: the fix for a series that landed in the wrong exam, often the cause of an identity conflict.
/// </summary>
internal static class SplitSeriesOperation
{
    public const string Name = "split";

    public static async Task<SeriesSplitResult> RunAsync(CorrectionSession session, string studyInstanceUid, IReadOnlyList<string> seriesInstanceUids,
        PatientTarget target, StudyEdit newStudyAttributes, CancellationToken cancellationToken)
    {
        if (seriesInstanceUids.Count == 0)
            throw session.Error(CorrectionErrorKind.Invalid, $"choose at least one series of study {studyInstanceUid} to move");
        var source = await CorrectionQueries.LiveStudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        var moving = new List<SeriesRecord>();
        foreach (var uid in seriesInstanceUids)
        {
            moving.Add(source.Series.SingleOrDefault(s => s.SeriesInstanceUid == uid)
                       ?? throw session.Error(CorrectionErrorKind.Invalid, $"series {uid} is not part of study {studyInstanceUid}"));
        }
        if (moving.Count == source.Series.Count)
            throw session.Error(CorrectionErrorKind.Invalid, $"moving every series would leave study {studyInstanceUid} empty; reassign the study instead");

        var before = AuditJson.Of(AuditJson.Study(source));
        var (patient, created) = await PatientTargets.ResolveAsync(session, target, cancellationToken).ConfigureAwait(false);
        var newStudy = NewStudy(source, patient, newStudyAttributes, session.Now);
        session.Db.Studies.Add(newStudy);
        foreach (var series in moving)
        {
            source.Series.Remove(series);
            newStudy.Series.Add(series);
            series.Study = newStudy;
        }
        source.UpdatedAt = session.Now;

        var stamp = FileStamp.ForPatient(patient).WithStudyInstanceUid(newStudy.StudyInstanceUid).WithStudyAttributes(newStudyAttributes);
        foreach (var instance in CorrectionQueries.InstancesOf(newStudy).ToList())
            await session.RewriteAsync(instance, stamp, cancellationToken).ConfigureAwait(false);
        StudyTotals.Recompute(source);
        StudyTotals.Recompute(newStudy);
        var cleared = StudyTotals.ResolveConflict(source, source.Patient!);

        var seriesText = string.Join(", ", moving.Select(s => s.Modality.Length > 0 ? $"{s.SeriesInstanceUid} ({s.Modality})" : s.SeriesInstanceUid));
        var summary = $"Split {(moving.Count == 1 ? "series" : $"{moving.Count} series")} {seriesText} out of {CorrectionText.Study(source)} " +
                      $"into new study {newStudy.StudyInstanceUid} for {(created ? "new " : "")}{CorrectionText.Patient(patient)}; " +
                      $"{CorrectionText.Files(session.InstancesRewritten)} rewritten with the new Study Instance UID and the patient's details." +
                      (cleared ? " The study left behind now holds only its patient's files, so its patient-identity conflict is cleared." : "");
        var after = AuditJson.Of(new { Source = AuditJson.Study(source), NewStudy = AuditJson.Study(newStudy) });
        var audit = await session.CommitAsync(session.Audit("series-split", $"study {studyInstanceUid}", summary, before, after), cancellationToken).ConfigureAwait(false);
        return new SeriesSplitResult
        {
            Action = audit.Action, Summary = audit.Summary, InstancesRewritten = session.InstancesRewritten, AuditRecordId = audit.Id,
            SourceStudyInstanceUid = studyInstanceUid, NewStudyInstanceUid = newStudy.StudyInstanceUid,
            SeriesMoved = moving.Select(s => s.SeriesInstanceUid).ToList(), Patient = PatientRef.Of(patient),
            PatientCreated = created, ConflictCleared = cleared,
        };
    }

    /// <summary>The new study takes the source's attributes (same exam date, same order) unless the request gives others.</summary>
    private static StudyRecord NewStudy(StudyRecord source, PatientRecord patient, StudyEdit attributes, DateTimeOffset now) => new()
    {
        Patient = patient,
        StudyInstanceUid = DicomUidGenerator.Generate(),
        StudyDate = source.StudyDate,
        StudyTime = source.StudyTime,
        StudyId = source.StudyId,
        AccessionNumber = attributes.AccessionNumber ?? source.AccessionNumber,
        StudyDescription = attributes.StudyDescription ?? source.StudyDescription,
        ReferringPhysicianName = attributes.ReferringPhysicianName ?? source.ReferringPhysicianName,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
