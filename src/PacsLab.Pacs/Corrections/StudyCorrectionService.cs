using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// The PACS administrator's corrections: reassign a study, merge patients, edit patient or study attributes,
/// split series into a new study, and the recycle bin (delete, restore, purge). Each operation is all or nothing:
/// every affected instance file is rewritten as a new durable file first, then the index rows and one audit record
/// are committed in one transaction, then the old files go (see <see cref="CorrectionSession"/>). SOP Instance UIDs
/// never change; only a split makes a new Study Instance UID. Inputs are checked before anything is written, and
/// every refusal or failure is a <see cref="CorrectionException"/> with a message for the trainee.
/// </summary>
public sealed class StudyCorrectionService(
    IDbContextFactory<PacsIndexContext> contexts,
    InstanceArchive archive,
    PlacementJournal journal,
    IndexWriteLock writeLock,
    ArchiveUsage archiveUsage,
    TimeProvider time,
    ILogger<StudyCorrectionService> logger)
{
    /// <summary>
    /// For tests: called with the 0-based number of the instance about to be rewritten, so a test can make the
    /// third of five rewrites fail by throwing.
    /// </summary>
    internal Func<int, Task>? BeforeRewritingInstance { get; set; }

    /// <summary>Files the study under another patient, existing or new; every file gets that patient's details.</summary>
    public async Task<StudyReassignedResult> ReassignStudyAsync(string studyInstanceUid, PatientTarget target, string actor, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        const string op = ReassignStudyOperation.Name;
        var uid = CorrectionInput.StudyUid(op, studyInstanceUid);
        var checkedTarget = CorrectionInput.Target(op, target);
        await using var session = await OpenAsync(op, actor, reason, cancellationToken).ConfigureAwait(false);
        return await ReassignStudyOperation.RunAsync(session, uid, checkedTarget, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves every study of <paramref name="from"/> to <paramref name="into"/> and removes <paramref name="from"/>.</summary>
    public async Task<PatientsMergedResult> MergePatientsAsync(PatientRef from, PatientRef into, string actor, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        const string op = MergePatientsOperation.Name;
        var checkedFrom = CorrectionInput.Patient(op, from);
        var checkedInto = CorrectionInput.Patient(op, into);
        await using var session = await OpenAsync(op, actor, reason, cancellationToken).ConfigureAwait(false);
        return await MergePatientsOperation.RunAsync(session, checkedFrom, checkedInto, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the patient's Patient ID, name, birth date or sex, in the index and in all of the patient's files.</summary>
    public async Task<PatientEditedResult> EditPatientAsync(PatientRef patient, PatientEdit edit, string actor, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        const string op = EditPatientOperation.Name;
        var checkedPatient = CorrectionInput.Patient(op, patient);
        var checkedEdit = CorrectionInput.Edit(op, edit);
        await using var session = await OpenAsync(op, actor, reason, cancellationToken).ConfigureAwait(false);
        return await EditPatientOperation.RunAsync(session, checkedPatient, checkedEdit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the study's accession number, description or referring physician, in the index and in all its files.</summary>
    public async Task<StudyEditedResult> EditStudyAsync(string studyInstanceUid, StudyEdit edit, string actor, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        const string op = EditStudyOperation.Name;
        var uid = CorrectionInput.StudyUid(op, studyInstanceUid);
        var checkedEdit = CorrectionInput.Edit(op, edit);
        await using var session = await OpenAsync(op, actor, reason, cancellationToken).ConfigureAwait(false);
        return await EditStudyOperation.RunAsync(session, uid, checkedEdit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the chosen series out of the study into a new study for <paramref name="target"/> (which may be the
    /// study's own patient). <paramref name="newStudyAttributes"/> overrides what the new study copies from the source.
    /// </summary>
    public async Task<SeriesSplitResult> SplitSeriesAsync(string studyInstanceUid, IEnumerable<string> seriesInstanceUids, PatientTarget target,
        string actor, string? reason = null, StudyEdit? newStudyAttributes = null, CancellationToken cancellationToken = default)
    {
        const string op = SplitSeriesOperation.Name;
        var uid = CorrectionInput.StudyUid(op, studyInstanceUid);
        var series = seriesInstanceUids.Select(s => (s ?? "").Trim()).Where(s => s.Length > 0).Distinct().ToList();
        var checkedTarget = CorrectionInput.Target(op, target);
        var attributes = CorrectionInput.Edit(op, newStudyAttributes ?? new StudyEdit());
        await using var session = await OpenAsync(op, actor, reason, cancellationToken).ConfigureAwait(false);
        return await SplitSeriesOperation.RunAsync(session, uid, series, checkedTarget, attributes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the study to the recycle bin: hidden, files kept, restorable until purged.</summary>
    public async Task<RecycleBinResult> DeleteStudyAsync(string studyInstanceUid, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var uid = CorrectionInput.StudyUid(RecycleBinOperations.DeleteName, studyInstanceUid);
        await using var session = await OpenAsync(RecycleBinOperations.DeleteName, actor, reason, cancellationToken).ConfigureAwait(false);
        return await RecycleBinOperations.DeleteAsync(session, uid, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RecycleBinResult> RestoreStudyAsync(string studyInstanceUid, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var uid = CorrectionInput.StudyUid(RecycleBinOperations.RestoreName, studyInstanceUid);
        await using var session = await OpenAsync(RecycleBinOperations.RestoreName, actor, reason, cancellationToken).ConfigureAwait(false);
        return await RecycleBinOperations.RestoreAsync(session, uid, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a study in the recycle bin for good: its files, its rows, and its patient if it has no other study.</summary>
    public async Task<StudyPurgedResult> PurgeStudyAsync(string studyInstanceUid, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        var uid = CorrectionInput.StudyUid(RecycleBinOperations.PurgeName, studyInstanceUid);
        await using var session = await OpenAsync(RecycleBinOperations.PurgeName, actor, reason, cancellationToken).ConfigureAwait(false);
        return await RecycleBinOperations.PurgeAsync(session, uid, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The index keeps times to the millisecond (SQLite's converter); results report them as they are stored.</summary>
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset t) => t.AddTicks(-(t.Ticks % TimeSpan.TicksPerMillisecond));

    private async Task<CorrectionSession> OpenAsync(string operation, string actor, string? reason, CancellationToken cancellationToken)
    {
        var who = CorrectionInput.Actor(operation, actor);
        var why = CorrectionInput.Reason(reason);
        var held = await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            return new CorrectionSession(db, held, archive, journal, archiveUsage, logger, BeforeRewritingInstance, operation, who, why, WholeMilliseconds(time.GetUtcNow()));
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }
}
