using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Storage;

/// <summary>
/// Crash recovery for files placed in the archive before their index commit. Before a file is moved into the
/// archive, an empty marker naming it is made durable in incoming/; after the index commit the marker goes. A
/// crash in between leaves the marker, and the next start deletes every marked file that no index row refers to
/// (it was never acknowledged, so nothing is lost), leaving the archive and the index in agreement. Files the PACS
/// did not place itself are never touched here: finding those is reconcile's job.
/// </summary>
public sealed class PlacementJournal(InstanceArchive archive)
{
    private const string Suffix = ".placing";

    /// <summary>Records that <paramref name="relativePaths"/> are about to be placed or replaced; dispose once the index says which stay.</summary>
    public IDisposable Begin(IReadOnlyCollection<string> relativePaths)
    {
        var markers = relativePaths.Select(p => Path.Combine(archive.Incoming, Encode(p) + Suffix)).ToList();
        foreach (var marker in markers) File.Create(marker).Dispose();
        FileDurability.SyncDirectory(archive.Incoming);
        return new Placement(markers);
    }

    /// <summary>At start-up, before incoming/ is cleared: removes marked files the index does not know. Returns how many.</summary>
    public async Task<int> RecoverAsync(IDbContextFactory<PacsIndexContext> contexts, CancellationToken cancellationToken)
    {
        var markers = Directory.EnumerateFiles(archive.Incoming, "*" + Suffix).ToList();
        if (markers.Count == 0) return 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        foreach (var marker in markers)
        {
            var relative = Decode(Path.GetFileName(marker)[..^Suffix.Length]);
            var indexed = await db.Instances.AnyAsync(i => i.FilePath == relative, cancellationToken).ConfigureAwait(false);
            if (!indexed && File.Exists(archive.FullPath(relative)))
            {
                archive.DeleteFile(relative);
                removed++;
            }
            File.Delete(marker);
        }
        return removed;
    }

    // Archive paths are "ab/cd/name.dcm" with hex and '-' only, so '_' is free to stand for the separator.
    private static string Encode(string relativePath) => relativePath.Replace(Path.DirectorySeparatorChar, '_');

    private static string Decode(string name) => name.Replace('_', Path.DirectorySeparatorChar);

    private sealed class Placement(List<string> markers) : IDisposable
    {
        public void Dispose()
        {
            foreach (var marker in markers) File.Delete(marker);
        }
    }
}
