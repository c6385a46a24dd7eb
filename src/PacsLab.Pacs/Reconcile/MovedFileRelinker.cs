using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Points the index row of an instance whose file is missing at the orphan file that holds the same instance (a
/// file moved within the archive), one audit record each, in one transaction. Only when the file still belongs to
/// the row's series and study; otherwise the row is dropped and the orphan indexed as new, as for any other.
/// </summary>
internal static class MovedFileRelinker
{
    public static async Task<IReadOnlyList<ReconcileFix>> RunAsync(PacsIndexContext db, InstanceArchive archive,
        IReadOnlyCollection<(string SopInstanceUid, string RelativePath)> moves, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fixes = new List<ReconcileFix>();
        if (moves.Count == 0) return fixes;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (uid, relativePath) in moves)
        {
            ArchivedFile file;
            try
            {
                file = await ArchivedFileReader.ReadAsync(archive, relativePath, cancellationToken).ConfigureAwait(false);
            }
            catch (UnreadableFileException)
            {
                continue;
            }
            var row = await db.Instances.Include(i => i.Series!).ThenInclude(s => s.Study)
                .SingleAsync(i => i.SopInstanceUid == uid, cancellationToken).ConfigureAwait(false);
            var study = row.Series!.Study!;
            if (file.Attributes.SeriesInstanceUid != row.Series.SeriesInstanceUid || file.Attributes.StudyInstanceUid != study.StudyInstanceUid) continue;

            var before = AuditJson.Of(new { row.FilePath, row.SizeBytes, row.ContentHash });
            var oldPath = ReconcileText.Archive(row.FilePath);
            study.SizeBytes += file.SizeBytes - row.SizeBytes;
            study.UpdatedAt = now;
            row.FilePath = file.RelativePath;
            row.SizeBytes = file.SizeBytes;
            row.ContentHash = file.ContentHash;
            row.TransferSyntaxUid = file.TransferSyntaxUid;
            row.InstanceNumber = file.Attributes.InstanceNumber;
            row.PatientIdInFile = file.Attributes.PatientId;
            var shown = ReconcileText.Archive(relativePath);
            var summary = $"Pointed the index row of instance {uid} at {shown}: its file {oldPath} was missing and {shown} holds the same instance.";
            db.AuditLog.Add(new AuditRecord
            {
                At = now, Actor = actor, Action = "instance-row-relinked", Target = $"instance {uid}", Summary = summary, Before = before,
                After = AuditJson.Of(new { row.FilePath, row.SizeBytes, row.ContentHash }),
            });
            fixes.Add(new ReconcileFix(ReconcileFindingKind.MissingFile, uid, shown, summary));
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return fixes;
    }
}
