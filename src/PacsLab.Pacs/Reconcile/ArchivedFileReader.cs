using PacsLab.Dicom;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Reconcile;

/// <summary>Reads an archived file's header the way the store reads a received one, and measures it as the store does.</summary>
internal static class ArchivedFileReader
{
    private static readonly DicomReadOptions HeaderOnly = new() { StopBeforeTag = DicomTags.PixelData };

    /// <exception cref="UnreadableFileException">The file is not DICOM, is cut off, or cannot be opened.</exception>
    public static async Task<ArchivedFile> ReadAsync(InstanceArchive archive, string relativePath, CancellationToken cancellationToken)
    {
        var path = archive.FullPath(relativePath);
        try
        {
            var file = await DicomFile.OpenAsync(path, HeaderOnly, cancellationToken).ConfigureAwait(false);
            var offset = await DataSetOffset.OfFileAsync(path, cancellationToken).ConfigureAwait(false);
            var hash = await ContentHash.OfFileAsync(path, offset, cancellationToken).ConfigureAwait(false);
            var info = new FileInfo(path);
            return new ArchivedFile(
                relativePath,
                IndexedAttributes.From(file.Dataset),
                file.TransferSyntax.Uid,
                offset,
                info.Length,
                hash,
                (file.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle) ?? "").Trim(' ', '\0'),
                new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
        }
        catch (Exception ex) when (ex is DicomFormatException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UnreadableFileException(ex.Message, ex);
        }
    }

    /// <summary>The store's own checks (four identifying UIDs present and valid); the reason when the file fails them.</summary>
    public static string? Refusal(ArchivedFile file) =>
        StoreValidator.Check(file.Attributes, new StagedInstance(file.RelativePath, file.DataSetOffset, DicomTransferSyntax.FromUid(file.TransferSyntaxUid), null, null, ""))
            ?.Comment;
}
