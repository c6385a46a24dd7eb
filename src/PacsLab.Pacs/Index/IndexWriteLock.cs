namespace PacsLab.Pacs.Index;

/// <summary>
/// One writer at a time for changes that touch archive files and index rows together (stores, corrections, purges),
/// so a correction never interleaves with a store of the same study. SQLite has one writer anyway.
/// </summary>
public sealed class IndexWriteLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(_gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
