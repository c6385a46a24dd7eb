using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Store;

/// <summary>
/// Stores received instances the two-phase way (DESIGN.md example 6): read and check the staged file, fsync it,
/// move it into the archive, then write the index rows in one transaction. The caller answers success only after
/// this returns, so nothing is acknowledged before file and index are durable; a failure removes what was placed.
/// Index writes are serialised (SQLite has one writer anyway), which also makes concurrent re-sends of one
/// instance end with exactly one copy.
/// </summary>
public sealed class InstanceStoreService(
    IDbContextFactory<PacsIndexContext> contexts,
    InstanceArchive archive,
    IndexWriteLock writeLock,
    ArchiveUsage archiveUsage,
    PlacementJournal journal,
    IOptions<PacsOptions> options,
    TimeProvider time,
    ILogger<InstanceStoreService> logger,
    Network.AeDirectory? directory = null)
{
    private readonly PacsOptions _options = options.Value;
    private readonly StoreQueries _queries = new();

    public async Task<StoreOutcome> StoreAsync(StagedInstance staged, CancellationToken cancellationToken)
    {
        var committed = false;
        try
        {
            var outcome = await StoreStagedAsync(staged, cancellationToken).ConfigureAwait(false);
            committed = outcome.Kind is StoreOutcomeKind.Stored or StoreOutcomeKind.Replaced;
            return outcome;
        }
        finally
        {
            if (!committed && File.Exists(staged.Path)) File.Delete(staged.Path);
        }
    }

    private async Task<StoreOutcome> StoreStagedAsync(StagedInstance staged, CancellationToken cancellationToken)
    {
        IndexedAttributes attributes;
        try
        {
            var file = await DicomFile.OpenAsync(staged.Path, new DicomReadOptions { StopBeforeTag = DicomTags.PixelData }, cancellationToken).ConfigureAwait(false);
            attributes = IndexedAttributes.From(file.Dataset);
        }
        catch (DicomFormatException ex)
        {
            return StoreOutcome.Refuse(DimseStatus.CannotUnderstand, $"The data set cannot be read: {ex.Message}");
        }
        if (StoreValidator.Check(attributes, staged) is { } refused) return refused;

        var size = new FileInfo(staged.Path).Length;
        var hash = await ContentHash.OfFileAsync(staged.Path, staged.DataSetOffset, cancellationToken).ConfigureAwait(false);

        using (await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var existing = await _queries.InstanceWithStudy(db, attributes.SopInstanceUid, cancellationToken).ConfigureAwait(false);
            if (existing is not null && (existing.ContentHash == hash || _options.DuplicatePolicy == DuplicatePolicy.KeepExisting))
                await RestoreIfRecycledAsync(db, existing.Series!.Study!, staged, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                if (existing.ContentHash == hash)
                    return new StoreOutcome(StoreOutcomeKind.DuplicateIdentical, DimseStatus.Success, "already stored with the same content");
                if (_options.DuplicatePolicy == DuplicatePolicy.KeepExisting)
                {
                    await AuditDuplicateKeptAsync(db, attributes, staged, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    return new StoreOutcome(StoreOutcomeKind.DuplicateKept, DimseStatus.Success, "already stored with different content; the stored copy was kept");
                }
            }

            var usage = await archiveUsage.GetAsync(db, cancellationToken).ConfigureAwait(false);
            var growth = size - (existing?.SizeBytes ?? 0);
            var quota = directory?.StorageQuotaBytes(_options) ?? _options.StorageQuotaBytes;
            if (quota > 0 && usage + growth > quota)
                return StoreOutcome.Refuse(DimseStatus.OutOfResources,
                    $"Storage quota reached: {usage / 1_000_000.0:F1} MB of {quota / 1_000_000.0:F1} MB used, this instance needs {size / 1_000_000.0:F1} MB more");

            var relativePath = ArchivePaths.For(attributes.SopInstanceUid, hash);
            using var placement = journal.Begin(existing is null ? [relativePath] : [relativePath, existing.FilePath]);
            archive.CommitFile(staged.Path, relativePath);
            StoreOutcome outcome;
            try
            {
                outcome = await IndexAsync(db, attributes, staged, existing, relativePath, size, hash, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreRefusedException ex)
            {
                archive.DeleteFile(relativePath);
                return ex.Outcome;
            }
            catch
            {
                archive.DeleteFile(relativePath);
                throw;
            }
            archiveUsage.Add(growth);
            return outcome;
        }
    }

    private async Task<StoreOutcome> IndexAsync(PacsIndexContext db, IndexedAttributes a, StagedInstance staged, InstanceRecord? existing,
        string relativePath, long size, string hash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? warning = null;
        var kind = StoreOutcomeKind.Stored;
        string? replacedPath = null;

        if (existing is not null)
        {
            replacedPath = existing.FilePath;
            Fill(existing, a, staged, relativePath, size, hash, now);
            warning = await InstanceReplacement.ApplyAsync(db, _queries, existing, a, staged, now, cancellationToken).ConfigureAwait(false);
            kind = StoreOutcomeKind.Replaced;
        }
        else
        {
            var study = await _queries.StudyWithPatient(db, a.StudyInstanceUid, cancellationToken).ConfigureAwait(false);
            if (study is null)
            {
                var patient = await _queries.Patient(db, a.PatientId, a.IssuerOfPatientId, cancellationToken).ConfigureAwait(false) ?? IndexRows.NewPatient(a, now);
                study = IndexRows.NewStudy(a, patient, now);
                db.Studies.Add(study);
            }
            else
            {
                warning = IndexRows.CheckPatientIdentity(study, a);
                if (study.DeletedAt is not null)
                {
                    study.DeletedAt = null;
                    db.AuditLog.Add(IndexRows.RestoredByStore(study, staged, now));
                }
            }

            var series = await _queries.Series(db, a.SeriesInstanceUid, cancellationToken).ConfigureAwait(false);
            if (series is not null && series.StudyKey != study.Id)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                var owner = await db.Studies.Where(s => s.Id == series.StudyKey).Select(s => s.StudyInstanceUid).SingleAsync(cancellationToken).ConfigureAwait(false);
                throw new StoreRefusedException(StoreOutcome.Refuse(DimseStatus.DataSetDoesNotMatchSopClass,
                    $"Series {a.SeriesInstanceUid} already belongs to study {owner}, not to study {a.StudyInstanceUid} as this instance says"));
            }
            if (series is null)
            {
                series = IndexRows.NewSeries(a, study);
                study.Series.Add(series);
                study.NumberOfSeries++;
                study.ModalitiesInStudy = AddModality(study.ModalitiesInStudy, a.Modality);
            }
            var instance = new InstanceRecord
            {
                SopInstanceUid = a.SopInstanceUid, SopClassUid = a.SopClassUid, TransferSyntaxUid = staged.TransferSyntax.Uid,
                FilePath = relativePath, ContentHash = hash,
            };
            Fill(instance, a, staged, relativePath, size, hash, now);
            series.Instances.Add(instance);
            series.NumberOfInstances++;
            study.NumberOfInstances++;
            study.SizeBytes += size;
            study.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (replacedPath is not null && replacedPath != relativePath) archive.DeleteFile(replacedPath);
        if (warning is not null)
        {
            PacsStoreLog.PatientIdentityConflict(logger, a.SopInstanceUid, a.StudyInstanceUid, warning);
            return new StoreOutcome(kind, DimseStatus.CoercionOfDataElements, warning);
        }
        return new StoreOutcome(kind, DimseStatus.Success);
    }

    private static void Fill(InstanceRecord instance, IndexedAttributes a, StagedInstance staged, string relativePath, long size, string hash, DateTimeOffset now)
    {
        instance.SopClassUid = a.SopClassUid;
        instance.InstanceNumber = a.InstanceNumber;
        instance.TransferSyntaxUid = staged.TransferSyntax.Uid;
        instance.FilePath = relativePath;
        instance.SizeBytes = size;
        instance.ContentHash = hash;
        instance.PatientIdInFile = a.PatientId;
        instance.ReceivedFromAeTitle = staged.CallingAeTitle;
        instance.ReceivedAt = now;
    }

    internal static string AddModality(string modalities, string modality)
    {
        if (modality.Length == 0) return modalities;
        var list = modalities.Split('\\', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (list.Contains(modality)) return modalities;
        list.Add(modality);
        return string.Join('\\', list);
    }

    /// <summary>A modality re-sending a study that was deleted into the recycle bin brings it back, visibly.</summary>
    private async Task RestoreIfRecycledAsync(PacsIndexContext db, StudyRecord study, StagedInstance staged, CancellationToken cancellationToken)
    {
        if (study.DeletedAt is null) return;
        study.DeletedAt = null;
        db.AuditLog.Add(IndexRows.RestoredByStore(study, staged, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task AuditDuplicateKeptAsync(PacsIndexContext db, IndexedAttributes a, StagedInstance staged, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditRecord
        {
            At = now, Actor = $"dicom:{staged.CallingAeTitle}", Action = "duplicate-kept", Target = $"instance {a.SopInstanceUid}",
            Summary = $"{staged.CallingAeTitle} sent instance {a.SopInstanceUid} again with different content; the duplicate policy keeps the stored copy, so the new one was discarded.",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
