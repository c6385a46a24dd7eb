namespace PacsLab.Dicom;

/// <summary>A PS3.10 file: 128-byte preamble, "DICM", File Meta Information (group 0002) and the data set.</summary>
public sealed class DicomFile
{
    public DicomFile(DicomDataset fileMetaInformation, DicomDataset dataset)
    {
        FileMetaInformation = fileMetaInformation;
        Dataset = dataset;
    }

    public DicomDataset FileMetaInformation { get; }
    public DicomDataset Dataset { get; }

    /// <summary>The 128-byte preamble as read (zeros for a new file); empty when the file had none.</summary>
    public ReadOnlyMemory<byte> Preamble { get; init; } = new byte[128];

    /// <summary>What the reader noticed but could read past: odd lengths, missing meta, padding, duplicate tags ...</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The syntax the data set was actually read in (guessed when the file had no meta information).</summary>
    public DicomTransferSyntax? ReadSyntax { get; init; }

    /// <summary>The syntax of the data set, from (0002,0010); Explicit VR Little Endian when the meta says nothing.</summary>
    public DicomTransferSyntax TransferSyntax =>
        FileMetaInformation.GetString(DicomTags.TransferSyntaxUID) is { Length: > 0 } uid
            ? DicomTransferSyntax.FromUid(uid)
            : ReadSyntax ?? DicomTransferSyntax.ExplicitVRLittleEndian;

    public static async Task<DicomFile> OpenAsync(string path, DicomReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return await ReadAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    public static Task<DicomFile> ReadAsync(Stream stream, DicomReadOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileReader.ReadAsync(stream, options ?? DicomReadOptions.Default, cancellationToken);

    public async Task SaveAsync(string path, DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        await WriteAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    public Task WriteAsync(Stream stream, DicomWriteOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileWriter.WriteAsync(stream, this, options ?? DicomWriteOptions.Default, cancellationToken);

    /// <summary>Wraps a data set in a new file: builds the meta group from its SOP Class/Instance UIDs.</summary>
    public static DicomFile Create(DicomDataset dataset, DicomTransferSyntax transferSyntax, string? sourceAeTitle = null) =>
        new(DicomFileMetaInformation.Build(dataset, transferSyntax, sourceAeTitle), dataset);
}
