using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Checks the index against the archive's files and repairs what disagrees: instances whose file is missing, files no
/// row refers to (orphans), files changed since they were stored (size or content hash), leftovers in incoming/. Or
/// rebuilds the whole patient/study/series/instance index from the files. Holds the <see cref="IndexWriteLock"/>
/// throughout, so no store or correction runs meanwhile; incoming/ is only safe to clear while no association is
/// receiving (the network layer spools there without the lock).
/// </summary>
public sealed class ArchiveReconciler(
    IDbContextFactory<PacsIndexContext> contexts,
    InstanceArchive archive,
    IndexWriteLock writeLock,
    ArchiveUsage archiveUsage,
    TimeProvider time)
{
    public async Task<ReconcileReport> CheckAsync(CancellationToken cancellationToken)
    {
        using (await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false))
            return await CheckLockedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks, applies the fixes <paramref name="options"/> asks for (clear incoming/; point rows of missing files at
    /// orphans holding the same instance, a moved file; drop the other rows of missing files; index the other orphans),
    /// then checks again. Size and hash mismatches are never "fixed": only a backup or a resend can.
    /// </summary>
    public async Task<ReconcileRepairResult> RepairAsync(ReconcileRepairOptions options, CancellationToken cancellationToken)
    {
        using (await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            var before = await CheckLockedAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var fixes = options.ClearIncoming ? ClearIncoming(before).ToList() : [];
            List<ReconcileFinding> notRepaired;
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                var (indexFixes, left) = await IndexRepair.RunAsync(db, archive, before, options, now, cancellationToken).ConfigureAwait(false);
                fixes.AddRange(indexFixes);
                notRepaired = left;
            }
            finally
            {
                archiveUsage.Invalidate();
            }
            var after = await CheckLockedAsync(cancellationToken).ConfigureAwait(false);
            return new ReconcileRepairResult(before, fixes, notRepaired, after);
        }
    }

    /// <summary>
    /// Empties the patient, study, series and instance rows and re-creates them by reading every archived file, so
    /// the index says what the files say (corrections included: they rewrite the files). Files that cannot be read
    /// or filed are reported, not fatal. The AE table, settings, audit and association logs are kept.
    /// </summary>
    public async Task<IndexRebuildResult> RebuildAsync(string actor, CancellationToken cancellationToken)
    {
        using (await writeLock.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                return await IndexRebuild.RunAsync(db, archive, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                archiveUsage.Invalidate();
            }
        }
    }

    private async Task<ReconcileReport> CheckLockedAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await ArchiveCheck.RunAsync(db, archive, cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<ReconcileFix> ClearIncoming(ReconcileReport report)
    {
        foreach (var leftover in report.Findings.Where(f => f.Kind == ReconcileFindingKind.IncomingLeftover))
        {
            var path = Path.Combine(archive.Incoming, ReconcileText.FromIncoming(leftover.Path));
            if (!File.Exists(path)) continue;
            File.Delete(path);
            yield return new ReconcileFix(ReconcileFindingKind.IncomingLeftover, null, leftover.Path, $"Deleted {leftover.Path}, left over from a transfer that never completed.");
        }
    }
}
