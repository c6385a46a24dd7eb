using System.Buffers;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Query;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The PACS's C-MOVE and C-GET SCP: picks the instances the identifier names; the network layer sends them over
/// one sub-association (C-MOVE, to the AE table's address for the destination) or back on the same association.
/// </summary>
public sealed class PacsRetrieveHandler(RetrieveSelector selector, InstanceArchive archive, AeDirectory directory) : ICRetrieveHandler
{
    public async Task<IReadOnlyList<RetrieveItem>> SelectAsync(DimseRequestContext context, DimseCommand request, DicomDataset identifier, CancellationToken cancellationToken)
    {
        var models = request.CommandField == DimseCommandField.CMoveRq
            ? new[] { PacsSyntaxes.PatientRootMove, PacsSyntaxes.StudyRootMove }
            : [PacsSyntaxes.PatientRootGet, PacsSyntaxes.StudyRootGet];
        if (!models.Contains(context.PresentationContext.AbstractSyntax))
            throw new DimseStatusException(DimseStatus.SopClassNotSupported,
                $"{request.CommandField} was sent on the presentation context for {context.PresentationContext.AbstractSyntax}, which is not a {(request.CommandField == DimseCommandField.CMoveRq ? "MOVE" : "GET")} model");
        PacsPermissions.Require(directory, context.CallingAeTitle, ae => ae.MayRetrieve, "retrieve");
        IReadOnlyList<Index.InstanceRecord> instances;
        try
        {
            instances = await selector.SelectAsync(identifier, PacsFindHandler.Model(context.PresentationContext.AbstractSyntax), cancellationToken).ConfigureAwait(false);
        }
        catch (QueryRefusedException ex)
        {
            throw new DimseStatusException(DimseStatus.DataSetDoesNotMatchSopClass, ex.Message);
        }
        return instances.Select(i => new RetrieveItem(i.SopClassUid, i.SopInstanceUid, DicomTransferSyntax.FromUid(i.TransferSyntaxUid),
            ct => OpenAsync(i.SopInstanceUid, i.FilePath, ct))
        {
            OpenEncodedAsync = ct => OpenEncodedAsync(i.SopInstanceUid, i.FilePath, ct),
        }).ToList();
    }

    /// <summary>The archived file's data set bytes as stored (the store keeps them byte for byte in the received syntax).</summary>
    private async Task<Stream> OpenEncodedAsync(string sopInstanceUid, string path, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            file = OpenRead(archive.FullPath(path));
        }
        catch (FileNotFoundException)
        {
            var current = await selector.FindAsync(sopInstanceUid, cancellationToken).ConfigureAwait(false)
                ?? throw new FileNotFoundException($"instance {sopInstanceUid} is no longer in the PACS");
            file = OpenRead(archive.FullPath(current.FilePath));
        }
        try
        {
            file.Position = await DataSetStartAsync(file, cancellationToken).ConfigureAwait(false);
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private const int UsualHeadLength = 4096;

    /// <summary>
    /// Where the data set starts, past the preamble and meta group. The meta group the PACS writes takes well under
    /// 4 KiB, so that much is read first; only when the meta group goes on past it is the rest of the head read.
    /// </summary>
    internal static async Task<long> DataSetStartAsync(FileStream file, CancellationToken cancellationToken)
    {
        var length = (int)Math.Min(file.Length, Reconcile.DataSetOffset.MaxHeaderLength);
        var head = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var got = await file.ReadAtLeastAsync(head.AsMemory(0, Math.Min(length, UsualHeadLength)), Math.Min(length, UsualHeadLength), true, cancellationToken)
                .ConfigureAwait(false);
            if (got < length && TryFind(head.AsSpan(0, got)) is { } start) return start;
            await file.ReadExactlyAsync(head.AsMemory(got, length - got), cancellationToken).ConfigureAwait(false);
            return Reconcile.DataSetOffset.Find(head.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>The data set start when the part read shows where the meta group ends (an element of another group follows).</summary>
    private static long? TryFind(ReadOnlySpan<byte> head)
    {
        try
        {
            var start = Reconcile.DataSetOffset.Find(head);
            return start + 8 <= head.Length ? start : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // Unbuffered: the sender reads in chunks of a quarter megabyte, straight into its own buffers.
    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>A correction may have rewritten the file since it was selected: then the current row says where it is now.</summary>
    private async Task<DicomFile> OpenAsync(string sopInstanceUid, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await DicomFile.OpenAsync(archive.FullPath(path), null, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            var current = await selector.FindAsync(sopInstanceUid, cancellationToken).ConfigureAwait(false)
                ?? throw new FileNotFoundException($"instance {sopInstanceUid} is no longer in the PACS");
            return await DicomFile.OpenAsync(archive.FullPath(current.FilePath), null, cancellationToken).ConfigureAwait(false);
        }
    }
}
