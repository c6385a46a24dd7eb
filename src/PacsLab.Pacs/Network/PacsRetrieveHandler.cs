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
            ct => OpenAsync(i.SopInstanceUid, i.FilePath, ct))).ToList();
    }

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
