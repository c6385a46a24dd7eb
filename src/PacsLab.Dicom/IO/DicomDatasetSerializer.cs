namespace PacsLab.Dicom;

/// <summary>
/// Bare data sets in one transfer syntax, without preamble or meta group: what DIMSE messages carry (PS3.7 6.3.1)
/// and what a C-STORE SCP spools to disk.
/// </summary>
public static class DicomDatasetSerializer
{
    public static async Task WriteAsync(Stream stream, DicomDataset dataset, DicomTransferSyntax syntax,
        DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var encoding = DicomEncoding.For(syntax, options ?? DicomWriteOptions.Default);
        if (syntax.IsDeflated)
        {
            await using var deflate = new System.IO.Compression.DeflateStream(stream, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
            await WriteCoreAsync(deflate, dataset, encoding, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await WriteCoreAsync(stream, dataset, encoding, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<byte[]> SerializeAsync(DicomDataset dataset, DicomTransferSyntax syntax,
        DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        await WriteAsync(ms, dataset, syntax, options, cancellationToken).ConfigureAwait(false);
        return ms.ToArray();
    }

    /// <summary>Reads a whole bare data set; <see cref="DicomReadOptions.StopBeforeTag"/> applies.</summary>
    public static async Task<DicomDataset> ReadAsync(Stream stream, DicomTransferSyntax syntax,
        DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        var input = syntax.IsDeflated ? new System.IO.Compression.DeflateStream(stream, System.IO.Compression.CompressionMode.Decompress, leaveOpen: true) : stream;
        try
        {
            var reader = new DicomDatasetReader(new DicomByteSource(input), options ?? DicomReadOptions.Default, warnings, cancellationToken);
            return await reader.ReadTopLevelAsync(syntax).ConfigureAwait(false);
        }
        catch (System.IO.InvalidDataException ex)
        {
            throw new DicomFormatException($"the deflated data set cannot be inflated: {ex.Message}", 0, null, ex);
        }
        finally
        {
            if (!ReferenceEquals(input, stream)) await input.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task WriteCoreAsync(Stream stream, DicomDataset dataset, DicomEncoding encoding, CancellationToken cancellationToken)
    {
        using var sink = new DicomByteSink(stream);
        await new DicomDatasetWriter(sink, encoding, cancellationToken).WriteAsync(dataset).ConfigureAwait(false);
        await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
