namespace PacsLab.Pacs.Corrections;

/// <summary>Files a study under another patient: the usual fix for an exam done under the wrong patient.</summary>
internal static class ReassignStudyOperation
{
    public const string Name = "reassign";

    public static async Task<StudyReassignedResult> RunAsync(CorrectionSession session, string studyInstanceUid, PatientTarget target, CancellationToken cancellationToken)
    {
        var study = await CorrectionQueries.LiveStudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        var from = study.Patient!;
        var before = AuditJson.Of(AuditJson.Study(study));
        var fromText = CorrectionText.Patient(from);

        var (to, created) = await PatientTargets.ResolveAsync(session, target, cancellationToken).ConfigureAwait(false);
        if (to.Id == from.Id && !created)
            throw session.Error(CorrectionErrorKind.Invalid, $"study {studyInstanceUid} already belongs to patient {PatientRef.Of(from)}; choose another patient");

        study.Patient = to;
        study.UpdatedAt = session.Now;
        var stamp = FileStamp.ForPatient(to);
        foreach (var instance in CorrectionQueries.InstancesOf(study).ToList())
            await session.RewriteAsync(instance, stamp, cancellationToken).ConfigureAwait(false);
        StudyTotals.Recompute(study);
        var cleared = StudyTotals.ResolveConflict(study, to);
        var fromRemoved = await PatientTargets.RemoveIfEmptyAsync(session, from, [study.Id], cancellationToken).ConfigureAwait(false);

        var summary = $"Moved {CorrectionText.Study(study)} from {fromText} to {(created ? "new " : "")}{CorrectionText.Patient(to)}; " +
                      $"{CorrectionText.Files(session.InstancesRewritten)} rewritten with the new patient's details." +
                      CorrectionText.Conflict(cleared) +
                      (fromRemoved ? CorrectionText.PatientRemoved(fromText) : "");
        var audit = await session.CommitAsync(
            session.Audit("study-reassigned", $"study {studyInstanceUid}", summary, before, AuditJson.Of(AuditJson.Study(study))),
            cancellationToken).ConfigureAwait(false);
        return new StudyReassignedResult
        {
            Action = audit.Action, Summary = audit.Summary, InstancesRewritten = session.InstancesRewritten, AuditRecordId = audit.Id,
            StudyInstanceUid = studyInstanceUid, FromPatient = PatientRef.Of(from), ToPatient = PatientRef.Of(to),
            PatientCreated = created, FromPatientRemoved = fromRemoved, ConflictCleared = cleared,
        };
    }
}
