using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Browse;

/// <summary>An archived instance as the index lists it, with the absolute path of its file.</summary>
/// <param name="FullPath">Absolute path in the archive; built from the index row, never from UID text.</param>
/// <param name="SizeBytes">Size of the Part 10 file as stored.</param>
/// <param name="InRecycleBin">Its study was deleted (moved to the recycle bin) and not purged yet.</param>
public sealed record InstanceFile(
    string SopInstanceUid,
    string SopClassUid,
    string TransferSyntaxUid,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string FullPath,
    long SizeBytes,
    bool InRecycleBin);

/// <summary>
/// Finds archived instances by SOP Instance UID and opens their files for reading (the REST API's instance routes,
/// the console's viewer). Instances of studies in the recycle bin are hidden unless asked for, as queries hide them.
/// </summary>
public sealed class InstanceFiles(IDbContextFactory<PacsIndexContext> contexts, InstanceArchive archive)
{
    /// <summary>The instance's index row, or null when the PACS does not hold it (or holds it only in the recycle bin).</summary>
    public async Task<InstanceFile?> FindAsync(string sopInstanceUid, bool includeRecycleBin = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sopInstanceUid);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Instances.AsNoTracking()
            .Where(i => i.SopInstanceUid == sopInstanceUid && (includeRecycleBin || i.Series!.Study!.DeletedAt == null))
            .Select(i => new
            {
                i.SopInstanceUid, i.SopClassUid, i.TransferSyntaxUid, i.FilePath, i.SizeBytes,
                Series = i.Series!.SeriesInstanceUid, Study = i.Series.Study!.StudyInstanceUid, i.Series.Study.DeletedAt,
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new InstanceFile(row.SopInstanceUid, row.SopClassUid, row.TransferSyntaxUid, row.Study, row.Series,
                archive.FullPath(row.FilePath), row.SizeBytes, row.DeletedAt is not null);
    }

    /// <summary>
    /// Opens the instance's file for reading; null when the PACS does not hold the instance. A correction deletes an
    /// instance's old file right after it commits the new one, so a file that vanished between the lookup and the
    /// open is looked up once more. The stream lets a correction delete the file while it is being read. The caller
    /// disposes the stream.
    /// </summary>
    /// <exception cref="FileNotFoundException">The index lists the instance but its file is not in the archive; the
    /// message says so in words for the trainee.</exception>
    public async Task<(InstanceFile File, FileStream Content)?> OpenAsync(string sopInstanceUid, bool includeRecycleBin = false,
        CancellationToken cancellationToken = default)
    {
        if (await FindAsync(sopInstanceUid, includeRecycleBin, cancellationToken).ConfigureAwait(false) is not { } first) return null;
        if (TryOpen(first) is { } content) return (first, content);

        if (await FindAsync(sopInstanceUid, includeRecycleBin, cancellationToken).ConfigureAwait(false) is not { } again) return null;
        if (again.FullPath != first.FullPath && TryOpen(again) is { } moved) return (again, moved);
        throw new FileNotFoundException(
            $"the index lists instance {sopInstanceUid} but its file is missing from the archive ({again.FullPath}); " +
            "it was removed or moved outside the PACS. Run 'pacslab pacs reconcile' to compare the index with the archive.",
            again.FullPath);
    }

    /// <summary>The open file, or null when it is not there (the file or its fan-out folder is gone).</summary>
    private static FileStream? TryOpen(InstanceFile file)
    {
        try
        {
            return new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
