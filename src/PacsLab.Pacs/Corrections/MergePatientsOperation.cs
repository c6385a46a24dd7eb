namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Merges a duplicate patient into the right one (the same person registered twice): every study of the first
/// moves to the second, its files rewritten with the second's details, and the first patient row is removed.
/// </summary>
internal static class MergePatientsOperation
{
    public const string Name = "merge";

    public static async Task<PatientsMergedResult> RunAsync(CorrectionSession session, PatientRef fromRef, PatientRef intoRef, CancellationToken cancellationToken)
    {
        if (fromRef == intoRef)
            throw session.Error(CorrectionErrorKind.Invalid, $"patient {fromRef} cannot be merged into itself; choose two different patients");
        var from = await CorrectionQueries.PatientAsync(session, fromRef, cancellationToken).ConfigureAwait(false);
        var into = await CorrectionQueries.PatientAsync(session, intoRef, cancellationToken).ConfigureAwait(false);
        var studies = await CorrectionQueries.StudiesOfAsync(session, from, cancellationToken).ConfigureAwait(false);
        var before = AuditJson.Of(new { From = AuditJson.Patient(from), Into = AuditJson.Patient(into), Studies = studies.Select(AuditJson.Study).ToList() });

        var stamp = FileStamp.ForPatient(into);
        var cleared = 0;
        foreach (var study in studies)
        {
            study.Patient = into;
            study.UpdatedAt = session.Now;
            foreach (var instance in CorrectionQueries.InstancesOf(study).ToList())
                await session.RewriteAsync(instance, stamp, cancellationToken).ConfigureAwait(false);
            StudyTotals.Recompute(study);
            if (StudyTotals.ResolveConflict(study, into)) cleared++;
        }
        await PatientTargets.RemoveIfEmptyAsync(session, from, studies.Select(s => s.Id).ToList(), cancellationToken).ConfigureAwait(false);

        var moved = studies.Select(s => s.StudyInstanceUid).ToList();
        var summary = $"Merged {CorrectionText.Patient(from)} into {CorrectionText.Patient(into)}: " +
                      (moved.Count == 1 ? "1 study moved" : $"{moved.Count} studies moved") +
                      $" ({string.Join(", ", moved)}), {CorrectionText.Files(session.InstancesRewritten)} rewritten with {into.PatientId}'s details; " +
                      $"patient {fromRef} no longer exists." +
                      (cleared > 0 ? $" Patient-identity conflicts cleared on {cleared} {(cleared == 1 ? "study" : "studies")}." : "");
        var after = AuditJson.Of(new { Patient = AuditJson.Patient(into), Studies = studies.Select(AuditJson.Study).ToList() });
        var audit = await session.CommitAsync(session.Audit("patients-merged", $"patient {fromRef}", summary, before, after), cancellationToken).ConfigureAwait(false);
        return new PatientsMergedResult
        {
            Action = audit.Action, Summary = audit.Summary, InstancesRewritten = session.InstancesRewritten, AuditRecordId = audit.Id,
            From = PatientRef.Of(from), Into = PatientRef.Of(into), StudiesMoved = moved, ConflictsCleared = cleared,
        };
    }
}
