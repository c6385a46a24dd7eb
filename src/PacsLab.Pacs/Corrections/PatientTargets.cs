using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>Turns a <see cref="PatientTarget"/> into a patient row, creating it when the target is a new patient.</summary>
internal static class PatientTargets
{
    /// <param name="target">Already checked by <see cref="CorrectionInput.Target"/>.</param>
    public static async Task<(PatientRecord Patient, bool Created)> ResolveAsync(CorrectionSession session, PatientTarget target, CancellationToken cancellationToken)
    {
        if (target.ExistingPatient is { } existing)
            return (await CorrectionQueries.PatientAsync(session, existing, cancellationToken).ConfigureAwait(false), false);

        var demographics = target.NewPatient!;
        var id = new PatientRef(demographics.PatientId, demographics.IssuerOfPatientId);
        if (await CorrectionQueries.FindPatientAsync(session, id, cancellationToken).ConfigureAwait(false) is not null)
            throw session.Error(CorrectionErrorKind.Conflict, $"patient {id} already exists; choose that patient instead of creating a new one");
        var patient = new PatientRecord
        {
            PatientId = demographics.PatientId, IssuerOfPatientId = demographics.IssuerOfPatientId, PatientName = demographics.PatientName,
            PatientBirthDate = demographics.PatientBirthDate, PatientSex = demographics.PatientSex, CreatedAt = session.Now,
        };
        session.Db.Patients.Add(patient);
        return (patient, true);
    }

    /// <summary>
    /// Removes the patient when no study is left with it once <paramref name="leavingStudyKeys"/> have gone elsewhere:
    /// a PACS patient exists only through its studies. True when it was removed.
    /// </summary>
    public static async Task<bool> RemoveIfEmptyAsync(CorrectionSession session, PatientRecord patient, IReadOnlyCollection<long> leavingStudyKeys, CancellationToken cancellationToken)
    {
        var remaining = await session.Db.Studies
            .CountAsync(s => s.PatientKey == patient.Id && !leavingStudyKeys.Contains(s.Id), cancellationToken).ConfigureAwait(false);
        if (remaining > 0) return false;
        // Let the change tracker see the studies' new patient first, so removing this one does not sever them.
        session.Db.ChangeTracker.DetectChanges();
        session.Db.Patients.Remove(patient);
        return true;
    }
}
