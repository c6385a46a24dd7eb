using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Indexes orphan files where they lie, with the store's rules (<see cref="HierarchyBuilder"/>), one audit record
/// each, in one transaction. A file that cannot be read or that the store would refuse stays an orphan, with the reason.
/// </summary>
internal static class OrphanIndexer
{
    public static async Task<(IReadOnlyList<ReconcileFix> Fixes, IReadOnlyList<ReconcileFinding> NotRepaired)> RunAsync(
        PacsIndexContext db, InstanceArchive archive, IEnumerable<string> relativePaths, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fixes = new List<ReconcileFix>();
        var notRepaired = new List<ReconcileFinding>();
        var builder = new HierarchyBuilder(db, indexIsEmpty: false, PreviousIndex.None, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var relativePath in relativePaths)
        {
            var shown = ReconcileText.Archive(relativePath);
            ArchivedFile file;
            try
            {
                file = await ArchivedFileReader.ReadAsync(archive, relativePath, cancellationToken).ConfigureAwait(false);
            }
            catch (UnreadableFileException ex)
            {
                notRepaired.Add(new ReconcileFinding(ReconcileFindingKind.UnreadableFile, null, shown, ReconcileText.Unreadable(shown, ex.Message)));
                continue;
            }
            var uid = file.Attributes.SopInstanceUid;
            var refusal = ArchivedFileReader.Refusal(file) is { } invalid
                ? $"{shown} was not indexed: {invalid}"
                : await builder.AddAsync(file, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                notRepaired.Add(new ReconcileFinding(ReconcileFindingKind.NotIndexable, uid.Length == 0 ? null : uid, shown, refusal));
                continue;
            }
            var summary = $"Indexed orphan file {shown}: instance {uid} of study {file.Attributes.StudyInstanceUid}, " +
                          $"patient '{file.Attributes.PatientId}' ({file.Attributes.PatientName}); queries and retrieves find it again.";
            db.AuditLog.Add(new AuditRecord
            {
                At = now, Actor = actor, Action = "orphan-indexed", Target = $"instance {uid}", Summary = summary, Before = "{}",
                After = AuditJson.Of(new
                {
                    SopInstanceUid = uid, file.Attributes.StudyInstanceUid, file.Attributes.SeriesInstanceUid, FilePath = file.RelativePath,
                    file.SizeBytes, file.ContentHash,
                }),
            });
            fixes.Add(new ReconcileFix(ReconcileFindingKind.OrphanFile, uid, shown, summary));
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (fixes, notRepaired);
    }
}
