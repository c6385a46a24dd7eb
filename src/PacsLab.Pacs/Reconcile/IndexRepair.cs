using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// The index side of a repair, from a check's findings: point rows of missing files at orphans holding the same
/// instance (moved files), drop the other rows of missing files, index the other orphans. The caller holds the lock.
/// </summary>
internal static class IndexRepair
{
    public static async Task<(List<ReconcileFix> Fixes, List<ReconcileFinding> NotRepaired)> RunAsync(PacsIndexContext db, InstanceArchive archive,
        ReconcileReport before, ReconcileRepairOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fixes = new List<ReconcileFix>();
        var notRepaired = new List<ReconcileFinding>();
        var relinks = options.IndexOrphans
            ? await MovedFileRelinker.RunAsync(db, archive, Moves(before), options.Actor, now, cancellationToken).ConfigureAwait(false)
            : [];
        fixes.AddRange(relinks);
        if (options.DropMissing)
        {
            var relinked = relinks.Select(r => r.SopInstanceUid!).ToHashSet(StringComparer.Ordinal);
            var missing = Uids(before, ReconcileFindingKind.MissingFile).Where(uid => !relinked.Contains(uid)).ToList();
            fixes.AddRange(await MissingRowRemover.RunAsync(db, missing, options.Actor, now, cancellationToken).ConfigureAwait(false));
        }
        if (options.IndexOrphans)
        {
            var relinkedPaths = relinks.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
            var orphans = before.Findings
                .Where(f => f.Kind == ReconcileFindingKind.OrphanFile && !relinkedPaths.Contains(f.Path))
                .Select(f => ReconcileText.FromArchive(f.Path));
            var (indexed, skipped) = await OrphanIndexer.RunAsync(db, archive, orphans, options.Actor, now, cancellationToken).ConfigureAwait(false);
            fixes.AddRange(indexed);
            notRepaired.AddRange(skipped);
        }
        return (fixes, notRepaired);
    }

    /// <summary>Missing files whose instance an orphan holds: the first such orphan for each.</summary>
    private static List<(string SopInstanceUid, string RelativePath)> Moves(ReconcileReport report)
    {
        var missing = Uids(report, ReconcileFindingKind.MissingFile).ToHashSet(StringComparer.Ordinal);
        return report.Findings
            .Where(f => f.Kind == ReconcileFindingKind.OrphanFile && f.SopInstanceUid is not null && missing.Contains(f.SopInstanceUid))
            .DistinctBy(f => f.SopInstanceUid)
            .Select(f => (f.SopInstanceUid!, ReconcileText.FromArchive(f.Path)))
            .ToList();
    }

    private static IEnumerable<string> Uids(ReconcileReport report, ReconcileFindingKind kind) =>
        report.Findings.Where(f => f.Kind == kind && f.SopInstanceUid is not null).Select(f => f.SopInstanceUid!);
}
