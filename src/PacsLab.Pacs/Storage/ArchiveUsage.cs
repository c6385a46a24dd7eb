using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Storage;

/// <summary>
/// Bytes held by indexed instances, for the storage quota: summed from the index once, then kept up to date by
/// whoever changes it. Use only while holding the <see cref="IndexWriteLock"/>.
/// </summary>
public sealed class ArchiveUsage
{
    private long? _bytes;

    public async Task<long> GetAsync(PacsIndexContext db, CancellationToken cancellationToken) =>
        _bytes ??= await db.Instances.SumAsync(i => i.SizeBytes, cancellationToken).ConfigureAwait(false);

    public void Add(long delta)
    {
        if (_bytes is not null) _bytes += delta;
    }

    /// <summary>After a change that is easier to recount than to track (corrections, purges).</summary>
    public void Invalidate() => _bytes = null;
}
