namespace PacsLab.Dicom.Network.Dimse;

/// <summary>
/// The data set bytes of a received message, in the presentation context's transfer syntax. Small ones stay in
/// memory; larger ones are spooled to a temp file as they arrive (a C-STORE SCP never holds a 200 MB image in
/// memory). Disposing deletes the temp file.
/// </summary>
public sealed class IncomingDataSet : IAsyncDisposable
{
    private readonly PooledSegmentBuffer? _inMemory;

    internal IncomingDataSet(PooledSegmentBuffer inMemory, DicomTransferSyntax syntax)
    {
        _inMemory = inMemory;
        TransferSyntax = syntax;
        Length = inMemory.Length;
    }

    internal IncomingDataSet(string spoolPath, long length, DicomTransferSyntax syntax)
    {
        SpoolPath = spoolPath;
        TransferSyntax = syntax;
        Length = length;
    }

    public DicomTransferSyntax TransferSyntax { get; }
    public long Length { get; }

    /// <summary>The temp file holding the bytes, when they were spooled; null when they are in memory.</summary>
    public string? SpoolPath { get; }

    /// <summary>The bytes from the start; the stream must not be used after this object is disposed.</summary>
    public Stream OpenRead() => _inMemory is not null
        ? _inMemory.OpenRead()
        : new FileStream(SpoolPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public async Task<DicomDataset> ReadAsync(DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var stream = OpenRead();
        return await DicomDatasetSerializer.ReadAsync(stream, TransferSyntax, options, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _inMemory?.Dispose();
        if (SpoolPath is not null)
        {
            try { File.Delete(SpoolPath); }
            catch (IOException) { }
        }
        return ValueTask.CompletedTask;
    }
}
