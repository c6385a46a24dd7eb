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

    internal IncomingDataSet(string spoolPath, long dataSetOffset, long length, DicomTransferSyntax syntax)
    {
        SpoolPath = spoolPath;
        DataSetOffset = dataSetOffset;
        TransferSyntax = syntax;
        Length = length;
    }

    /// <summary>Where the data set starts in <see cref="SpoolPath"/>, after the Part 10 preamble and meta group.</summary>
    public long DataSetOffset { get; }

    public DicomTransferSyntax TransferSyntax { get; }
    public long Length { get; }

    /// <summary>
    /// The temp file holding the bytes when they were spooled, a complete Part 10 file (meta built from the command's
    /// SOP Class and Instance UIDs and the context's transfer syntax); null when the bytes are in memory.
    /// </summary>
    public string? SpoolPath { get; private set; }

    /// <summary>
    /// Moves the spooled Part 10 file to <paramref name="destination"/> (same file system: a rename, no copy); false
    /// when the data set is in memory. Afterwards this object no longer owns the file.
    /// </summary>
    public bool TryMoveSpoolFile(string destination, bool overwrite = false)
    {
        if (SpoolPath is null) return false;
        File.Move(SpoolPath, destination, overwrite);
        SpoolPath = null;
        _moved = true;
        return true;
    }

    private bool _moved;

    /// <summary>
    /// Hands the data set over as a complete Part 10 file the caller then owns: the spool file itself when the bytes
    /// were spooled (no copy, no rename), else a new file in <paramref name="directory"/> with a meta group built from
    /// the command's UIDs. Returns its path and where the data set starts in it.
    /// </summary>
    public async Task<(string Path, long DataSetOffset)> TakeAsPart10FileAsync(string directory, DimseCommand command, string? sourceAeTitle,
        CancellationToken cancellationToken)
    {
        if (SpoolPath is { } spooled)
        {
            SpoolPath = null;
            _moved = true;
            return (spooled, DataSetOffset);
        }
        var path = System.IO.Path.Combine(directory, $"incoming-{Guid.NewGuid():N}.part");
        var header = await Part10Header.BuildAsync(command.AffectedSopClassUid, command.AffectedSopInstanceUid, TransferSyntax, sourceAeTitle).ConfigureAwait(false);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await file.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await using var bytes = OpenRead();
        await bytes.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        return (path, header.Length);
    }

    /// <summary>The bytes from the start; the stream must not be used after this object is disposed.</summary>
    public Stream OpenRead()
    {
        if (_inMemory is not null) return _inMemory.OpenRead();
        if (_moved) throw new InvalidOperationException("the spooled file was moved away; read it at its new place");
        var file = new FileStream(SpoolPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        file.Position = DataSetOffset;
        return file;
    }

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
