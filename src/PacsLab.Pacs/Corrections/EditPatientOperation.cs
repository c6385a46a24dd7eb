using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Corrects a patient's demographics (a typo in the name, a wrong birth date, a mistyped Patient ID) in the index
/// and in every file of every study of the patient, recycle bin included.
/// </summary>
internal static class EditPatientOperation
{
    public const string Name = "edit patient";

    public static async Task<PatientEditedResult> RunAsync(CorrectionSession session, PatientRef patientRef, PatientEdit edit, CancellationToken cancellationToken)
    {
        var patient = await CorrectionQueries.PatientAsync(session, patientRef, cancellationToken).ConfigureAwait(false);
        var changed = Changes(patient, edit);
        if (changed.Count == 0)
            throw session.Error(CorrectionErrorKind.Invalid, $"nothing to change: patient {patientRef} already has the values given");
        if (edit.PatientId is { } newId && newId != patient.PatientId)
        {
            var taken = new PatientRef(newId, patient.IssuerOfPatientId);
            if (await CorrectionQueries.FindPatientAsync(session, taken, cancellationToken).ConfigureAwait(false) is not null)
                throw session.Error(CorrectionErrorKind.Conflict,
                    $"patient {taken} already exists; if both are the same person, merge patient {patientRef} into patient {taken} instead");
        }

        var before = AuditJson.Patient(patient);
        var beforeText = CorrectionText.Patient(patient);
        patient.PatientId = edit.PatientId ?? patient.PatientId;
        patient.PatientName = edit.PatientName ?? patient.PatientName;
        patient.PatientBirthDate = edit.PatientBirthDate ?? patient.PatientBirthDate;
        patient.PatientSex = edit.PatientSex ?? patient.PatientSex;

        var studies = await CorrectionQueries.StudiesOfAsync(session, patient, cancellationToken).ConfigureAwait(false);
        var stamp = FileStamp.ForPatient(patient);
        var cleared = 0;
        foreach (var study in studies)
        {
            foreach (var instance in CorrectionQueries.InstancesOf(study).ToList())
                await session.RewriteAsync(instance, stamp, cancellationToken).ConfigureAwait(false);
            study.UpdatedAt = session.Now;
            StudyTotals.Recompute(study);
            if (StudyTotals.ResolveConflict(study, patient)) cleared++;
        }

        var summary = $"Corrected {string.Join(", ", changed.Select(Describe))} of {beforeText}; " +
                      $"{CorrectionText.Files(session.InstancesRewritten)} in {(studies.Count == 1 ? "1 study" : $"{studies.Count} studies")} rewritten to match." +
                      (cleared > 0 ? $" Every file now carries Patient ID {patient.PatientId}, so the patient-identity conflict is cleared on {cleared} {(cleared == 1 ? "study" : "studies")}." : "");
        var audit = await session.CommitAsync(
            session.Audit("patient-edited", $"patient {patientRef}", summary, AuditJson.Of(before), AuditJson.Of(AuditJson.Patient(patient))),
            cancellationToken).ConfigureAwait(false);
        return new PatientEditedResult
        {
            Action = audit.Action, Summary = audit.Summary, InstancesRewritten = session.InstancesRewritten, AuditRecordId = audit.Id,
            Before = patientRef, After = PatientRef.Of(patient), ChangedAttributes = changed.Select(c => c.Keyword).ToList(),
            StudiesAffected = studies.Count, ConflictsCleared = cleared,
        };
    }

    private static List<Change> Changes(PatientRecord patient, PatientEdit edit)
    {
        var changes = new List<Change>();
        Add("PatientID", "Patient ID", patient.PatientId, edit.PatientId);
        Add("PatientName", "name", patient.PatientName, edit.PatientName);
        Add("PatientBirthDate", "birth date", patient.PatientBirthDate, edit.PatientBirthDate);
        Add("PatientSex", "sex", patient.PatientSex, edit.PatientSex);
        return changes;

        void Add(string keyword, string label, string current, string? proposed)
        {
            if (proposed is not null && proposed != current) changes.Add(new Change(keyword, label, current, proposed));
        }
    }

    private static string Describe(Change c) => $"{c.Label} {CorrectionText.Value(c.Before)} to {CorrectionText.Value(c.After)}";

    private sealed record Change(string Keyword, string Label, string Before, string After);
}
