namespace PacsLab.Pacs.Corrections;

/// <summary>
/// The recycle bin: delete hides a study (files and rows stay, so it can be restored), restore brings it back,
/// purge removes a deleted study's files and rows for good. Only purge frees space.
/// </summary>
internal static class RecycleBinOperations
{
    public const string DeleteName = "delete";
    public const string RestoreName = "restore";
    public const string PurgeName = "purge";

    public static async Task<RecycleBinResult> DeleteAsync(CorrectionSession session, string studyInstanceUid, CancellationToken cancellationToken)
    {
        var study = await CorrectionQueries.StudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (study.DeletedAt is not null)
            throw session.Error(CorrectionErrorKind.Conflict, $"study {studyInstanceUid} is already in the recycle bin (since {study.DeletedAt.Value:u})");
        var before = AuditJson.Of(AuditJson.Study(study));
        study.DeletedAt = session.Now;
        study.UpdatedAt = session.Now;
        var summary = $"Moved {CorrectionText.Study(study)} of {CorrectionText.Patient(study.Patient!)} to the recycle bin; " +
                      $"its files ({CorrectionText.Files(study.NumberOfInstances)}) stay on disk, and it can be restored, until it is purged.";
        var audit = await session.CommitAsync(
            session.Audit("study-deleted", $"study {studyInstanceUid}", summary, before, AuditJson.Of(AuditJson.Study(study))),
            cancellationToken).ConfigureAwait(false);
        return new RecycleBinResult
        {
            Action = audit.Action, Summary = audit.Summary, AuditRecordId = audit.Id, StudyInstanceUid = studyInstanceUid, DeletedAt = study.DeletedAt,
        };
    }

    public static async Task<RecycleBinResult> RestoreAsync(CorrectionSession session, string studyInstanceUid, CancellationToken cancellationToken)
    {
        var study = await CorrectionQueries.StudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (study.DeletedAt is null)
            throw session.Error(CorrectionErrorKind.Conflict, $"study {studyInstanceUid} is not in the recycle bin; there is nothing to restore");
        var before = AuditJson.Of(AuditJson.Study(study));
        study.DeletedAt = null;
        study.UpdatedAt = session.Now;
        var summary = $"Restored {CorrectionText.Study(study)} of {CorrectionText.Patient(study.Patient!)} from the recycle bin; it is visible to queries and retrieves again.";
        var audit = await session.CommitAsync(
            session.Audit("study-restored", $"study {studyInstanceUid}", summary, before, AuditJson.Of(AuditJson.Study(study))),
            cancellationToken).ConfigureAwait(false);
        return new RecycleBinResult
        {
            Action = audit.Action, Summary = audit.Summary, AuditRecordId = audit.Id, StudyInstanceUid = studyInstanceUid, DeletedAt = null,
        };
    }

    public static async Task<StudyPurgedResult> PurgeAsync(CorrectionSession session, string studyInstanceUid, CancellationToken cancellationToken)
    {
        var study = await CorrectionQueries.StudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (study.DeletedAt is null)
            throw session.Error(CorrectionErrorKind.Conflict, $"study {studyInstanceUid} is not in the recycle bin; delete it first");
        var before = AuditJson.Of(AuditJson.Study(study));
        var patient = study.Patient!;
        var patientText = CorrectionText.Patient(patient);
        var studyText = CorrectionText.Study(study);
        var instances = CorrectionQueries.InstancesOf(study).ToList();
        var bytes = instances.Sum(i => i.SizeBytes);
        foreach (var instance in instances) session.RemoveAfterCommit(instance.FilePath);

        session.Db.Studies.Remove(study);
        var patientRemoved = await PatientTargets.RemoveIfEmptyAsync(session, patient, [study.Id], cancellationToken).ConfigureAwait(false);

        var summary = $"Purged {studyText} of {patientText} from the recycle bin: {CorrectionText.Files(instances.Count)} " +
                      $"({CorrectionText.Size(bytes)}) and its index rows removed for good." +
                      (patientRemoved ? CorrectionText.PatientRemoved(patientText) : "");
        var audit = await session.CommitAsync(session.Audit("study-purged", $"study {studyInstanceUid}", summary, before, "{}"), cancellationToken).ConfigureAwait(false);
        return new StudyPurgedResult
        {
            Action = audit.Action, Summary = audit.Summary, AuditRecordId = audit.Id, StudyInstanceUid = studyInstanceUid,
            InstancesRemoved = instances.Count, BytesFreed = bytes, PatientRemoved = patientRemoved,
        };
    }
}
