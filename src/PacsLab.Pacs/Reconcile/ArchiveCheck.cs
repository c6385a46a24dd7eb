using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Compares every instance row with its file (there, same size, same content hash), then every archive file with
/// the rows (referred to by one), then lists incoming/. Reads only; the caller holds the write lock.
/// </summary>
internal static class ArchiveCheck
{
    private sealed record IndexedFile(string SopInstanceUid, string FilePath, long SizeBytes, string ContentHash);

    public static async Task<ReconcileReport> RunAsync(PacsIndexContext db, InstanceArchive archive, CancellationToken cancellationToken)
    {
        var rows = await db.Instances.AsNoTracking()
            .Select(i => new IndexedFile(i.SopInstanceUid, i.FilePath, i.SizeBytes, i.ContentHash))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        rows.Sort((a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        var findings = new List<ReconcileFinding>();
        foreach (var row in rows)
        {
            if (await CheckRowAsync(archive, row, cancellationToken).ConfigureAwait(false) is { } finding) findings.Add(finding);
        }

        var indexedPaths = rows.Select(r => r.FilePath).ToHashSet(StringComparer.Ordinal);
        var pathByUid = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows) pathByUid.TryAdd(row.SopInstanceUid, row.FilePath);
        var missingUids = findings.Where(f => f.Kind == ReconcileFindingKind.MissingFile).Select(f => f.SopInstanceUid!).ToHashSet(StringComparer.Ordinal);
        var files = archive.EnumerateFiles().Order(StringComparer.Ordinal).ToList();
        var orphans = new List<ReconcileFinding>();
        foreach (var file in files.Where(f => !indexedPaths.Contains(f)))
            orphans.Add(await DescribeOrphanAsync(archive, file, pathByUid, missingUids, cancellationToken).ConfigureAwait(false));
        MentionMovedFiles(findings, orphans);
        findings.AddRange(orphans);

        foreach (var leftover in Directory.EnumerateFiles(archive.Incoming).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            findings.Add(new ReconcileFinding(ReconcileFindingKind.IncomingLeftover, null, ReconcileText.Incoming(leftover!), ReconcileText.Leftover(leftover!)));

        return new ReconcileReport(rows.Count, files.Count, findings);
    }

    private static async Task<ReconcileFinding?> CheckRowAsync(InstanceArchive archive, IndexedFile row, CancellationToken cancellationToken)
    {
        var path = archive.FullPath(row.FilePath);
        var shown = ReconcileText.Archive(row.FilePath);
        var uid = row.SopInstanceUid;
        if (!File.Exists(path)) return new ReconcileFinding(ReconcileFindingKind.MissingFile, uid, shown, ReconcileText.Missing(uid, shown));
        var size = new FileInfo(path).Length;
        if (size != row.SizeBytes)
            return new ReconcileFinding(ReconcileFindingKind.SizeMismatch, uid, shown, ReconcileText.SizeMismatch(uid, shown, size, row.SizeBytes));
        try
        {
            var offset = await DataSetOffset.OfFileAsync(path, cancellationToken).ConfigureAwait(false);
            var hash = await ContentHash.OfFileAsync(path, offset, cancellationToken).ConfigureAwait(false);
            return hash == row.ContentHash ? null : new ReconcileFinding(ReconcileFindingKind.HashMismatch, uid, shown, ReconcileText.HashMismatch(uid, shown));
        }
        catch (InvalidDataException ex)
        {
            return new ReconcileFinding(ReconcileFindingKind.HashMismatch, uid, shown, ReconcileText.NoPart10Header(uid, shown, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ReconcileFinding(ReconcileFindingKind.UnreadableFile, uid, shown, ReconcileText.CannotRead(uid, shown, ex.Message));
        }
    }

    private static async Task<ReconcileFinding> DescribeOrphanAsync(InstanceArchive archive, string relativePath, Dictionary<string, string> pathByUid,
        HashSet<string> missingUids, CancellationToken cancellationToken)
    {
        var shown = ReconcileText.Archive(relativePath);
        ArchivedFile file;
        try
        {
            file = await ArchivedFileReader.ReadAsync(archive, relativePath, cancellationToken).ConfigureAwait(false);
        }
        catch (UnreadableFileException ex)
        {
            return new ReconcileFinding(ReconcileFindingKind.OrphanFile, null, shown, ReconcileText.OrphanUnreadable(shown, ex.Message));
        }
        var uid = file.Attributes.SopInstanceUid;
        var message = !pathByUid.TryGetValue(uid, out var indexedPath) ? ReconcileText.Orphan(file)
            : missingUids.Contains(uid) ? ReconcileText.OrphanMovedHere(file, indexedPath)
            : ReconcileText.OrphanCopy(file, indexedPath);
        return new ReconcileFinding(ReconcileFindingKind.OrphanFile, uid.Length == 0 ? null : uid, shown, message);
    }

    /// <summary>A missing file whose instance an orphan holds was most likely moved: the missing finding says where it is.</summary>
    private static void MentionMovedFiles(List<ReconcileFinding> findings, List<ReconcileFinding> orphans)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            var missing = findings[i];
            if (missing.Kind != ReconcileFindingKind.MissingFile) continue;
            if (orphans.FirstOrDefault(o => o.SopInstanceUid == missing.SopInstanceUid) is { } moved)
                findings[i] = missing with { Message = ReconcileText.MissingMoved(missing.SopInstanceUid!, missing.Path, moved.Path) };
        }
    }
}
