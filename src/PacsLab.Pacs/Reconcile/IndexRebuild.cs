using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Reconcile;

/// <summary>
/// Re-creates the patient, study, series and instance rows from the archived files in one transaction; the AE table,
/// settings, audit and association logs stay. Files are filed in the order they first arrived (as the old index
/// recorded it, else by file time), so each study gets the patient its first instance named, as on the first store.
/// What the files do not carry (who sent an instance and when, the recycle bin) is kept from the old rows that match.
/// </summary>
internal static class IndexRebuild
{
    public static async Task<IndexRebuildResult> RunAsync(PacsIndexContext db, InstanceArchive archive, string actor, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var previous = await PreviousIndex.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        var paths = archive.EnumerateFiles().Order(StringComparer.Ordinal).ToList();
        var problems = new List<ReconcileFinding>();
        var files = await ReadAllAsync(archive, paths, problems, cancellationToken).ConfigureAwait(false);
        var ordered = ChooseCopies(files, previous, problems)
            .OrderBy(f => previous.Instances.GetValueOrDefault(f.Attributes.SopInstanceUid)?.ReceivedAt ?? f.WrittenAt)
            .ThenBy(f => f.RelativePath, StringComparer.Ordinal);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Instances.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Series.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Studies.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Patients.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var builder = new HierarchyBuilder(db, indexIsEmpty: true, previous, now);
        foreach (var file in ordered)
        {
            if (await builder.AddAsync(file, cancellationToken).ConfigureAwait(false) is { } refusal)
                problems.Add(new ReconcileFinding(ReconcileFindingKind.NotIndexable, file.Attributes.SopInstanceUid, ReconcileText.Archive(file.RelativePath), refusal));
        }
        var result = new IndexRebuildResult(paths.Count, builder.Patients, builder.Studies, builder.Series, builder.Instances,
            previous.Instances.Keys.Count(uid => !builder.Filed(uid)), problems);
        db.AuditLog.Add(new AuditRecord
        {
            At = now, Actor = actor, Action = "index-rebuilt", Target = "PACS index",
            Summary = $"The patient, study, series and instance rows were emptied and {result.Summary}. The AE table, settings and logs were kept.",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task<List<ArchivedFile>> ReadAllAsync(InstanceArchive archive, List<string> paths, List<ReconcileFinding> problems,
        CancellationToken cancellationToken)
    {
        var files = new List<ArchivedFile>();
        foreach (var path in paths)
        {
            var shown = ReconcileText.Archive(path);
            try
            {
                var file = await ArchivedFileReader.ReadAsync(archive, path, cancellationToken).ConfigureAwait(false);
                if (ArchivedFileReader.Refusal(file) is { } refusal)
                    problems.Add(new ReconcileFinding(ReconcileFindingKind.NotIndexable, null, shown, $"{shown} was left out: {refusal}"));
                else
                    files.Add(file);
            }
            catch (UnreadableFileException ex)
            {
                problems.Add(new ReconcileFinding(ReconcileFindingKind.UnreadableFile, null, shown, ReconcileText.Unreadable(shown, ex.Message)));
            }
        }
        return files;
    }

    /// <summary>
    /// One file per SOP Instance UID: the one the old index pointed to, else the newest (a correction writes a new
    /// file, so an older one is a leftover). The others are reported and left where they are.
    /// </summary>
    private static List<ArchivedFile> ChooseCopies(List<ArchivedFile> files, PreviousIndex previous, List<ReconcileFinding> problems)
    {
        var chosen = new List<ArchivedFile>();
        foreach (var copies in files.GroupBy(f => f.Attributes.SopInstanceUid, StringComparer.Ordinal))
        {
            var oldPath = previous.Instances.GetValueOrDefault(copies.Key)?.FilePath;
            var ranked = copies.OrderByDescending(f => f.RelativePath == oldPath).ThenByDescending(f => f.WrittenAt)
                .ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            chosen.Add(ranked[0]);
            foreach (var extra in ranked.Skip(1))
            {
                var shown = ReconcileText.Archive(extra.RelativePath);
                problems.Add(new ReconcileFinding(ReconcileFindingKind.NotIndexable, copies.Key, shown,
                    $"{shown} holds instance {copies.Key} again; {ReconcileText.Archive(ranked[0].RelativePath)} was indexed instead: " +
                    "a stray second copy, left out; compare the two and remove the one you do not want"));
            }
        }
        return chosen;
    }
}
