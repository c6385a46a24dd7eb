using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Loads, tracked, the rows a correction changes, and refuses with a plain message when they are not there.
/// Series and instances come in split queries (one per level, not one row per instance with every study column);
/// the write lock the correction holds keeps other writers out between them.
/// </summary>
internal static class CorrectionQueries
{
    /// <summary>The study with its patient, series and instances.</summary>
    public static async Task<StudyRecord> StudyAsync(CorrectionSession session, string studyInstanceUid, CancellationToken cancellationToken) =>
        await session.Db.Studies
            .Include(s => s.Patient)
            .Include(s => s.Series).ThenInclude(s => s.Instances)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.StudyInstanceUid == studyInstanceUid, cancellationToken).ConfigureAwait(false)
        ?? throw session.Error(CorrectionErrorKind.NotFound, $"study {studyInstanceUid} is not in the PACS");

    /// <summary>As <see cref="StudyAsync"/>, refusing a study in the recycle bin: it must be restored before it is corrected.</summary>
    public static async Task<StudyRecord> LiveStudyAsync(CorrectionSession session, string studyInstanceUid, CancellationToken cancellationToken)
    {
        var study = await StudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        if (study.DeletedAt is not null)
            throw session.Error(CorrectionErrorKind.Conflict, $"study {studyInstanceUid} is in the recycle bin; restore it first");
        return study;
    }

    public static async Task<PatientRecord?> FindPatientAsync(CorrectionSession session, PatientRef patient, CancellationToken cancellationToken) =>
        await session.Db.Patients
            .SingleOrDefaultAsync(p => p.PatientId == patient.PatientId && p.IssuerOfPatientId == patient.IssuerOfPatientId, cancellationToken)
            .ConfigureAwait(false);

    public static async Task<PatientRecord> PatientAsync(CorrectionSession session, PatientRef patient, CancellationToken cancellationToken) =>
        await FindPatientAsync(session, patient, cancellationToken).ConfigureAwait(false)
        ?? throw session.Error(CorrectionErrorKind.NotFound, $"patient {patient} is not in the PACS");

    /// <summary>Every study of the patient, recycle bin included (their files carry the patient too), with series and instances.</summary>
    public static async Task<List<StudyRecord>> StudiesOfAsync(CorrectionSession session, PatientRecord patient, CancellationToken cancellationToken) =>
        await session.Db.Studies
            .Include(s => s.Series).ThenInclude(s => s.Instances)
            .AsSplitQuery()
            .Where(s => s.PatientKey == patient.Id)
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Every instance of the study in a stable order (rows as stored).</summary>
    public static IEnumerable<InstanceRecord> InstancesOf(StudyRecord study) =>
        study.Series.OrderBy(s => s.Id).SelectMany(s => s.Instances.OrderBy(i => i.Id));
}
