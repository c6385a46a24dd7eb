using Microsoft.Extensions.Logging;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Pacs.Storage;
using PacsLab.Pacs.Store;

namespace PacsLab.Pacs.Network;

/// <summary>
/// The PACS's C-STORE SCP: takes the Part 10 file the network layer spooled while the data arrived, and hands it to
/// the store service; answers with its status once file and index are durable.
/// </summary>
public sealed class PacsStoreHandler(InstanceStoreService store, AeDirectory directory, InstanceArchive archive, ILogger<PacsStoreHandler> logger)
    : ICStoreHandler
{
    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        PacsPermissions.Require(directory, context.CallingAeTitle, ae => ae.MayStore, "store");
        try
        {
            var staged = await StageAsync(context, request, dataSet, cancellationToken).ConfigureAwait(false);
            var outcome = await store.StoreAsync(staged, cancellationToken).ConfigureAwait(false);
            if (outcome.Kind == StoreOutcomeKind.Refused) PacsStoreLog.Refused(logger, context.CallingAeTitle, outcome.Status.ToString(), outcome.Comment);
            return outcome.ToDimseResult();
        }
        catch (IOException ex) when (IsDiskFull(ex))
        {
            PacsStoreLog.Failed(logger, ex, context.CallingAeTitle, request.AffectedSopInstanceUid);
            return new DimseResult(DimseStatus.OutOfResources, $"The PACS's disk is full: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            PacsStoreLog.Failed(logger, ex, context.CallingAeTitle, request.AffectedSopInstanceUid);
            return new DimseResult(new DimseStatus(0x0110), $"The PACS could not write the instance: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            PacsStoreLog.Failed(logger, ex, context.CallingAeTitle, request.AffectedSopInstanceUid);
            return new DimseResult(new DimseStatus(0x0110), $"The PACS could not index the instance: {ex.Message}");
        }
    }

    private async Task<StagedInstance> StageAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        // The PACS spools every C-STORE into incoming/, so this normally takes over the spool file as it is.
        var (path, offset) = await dataSet.TakeAsPart10FileAsync(archive.Incoming, request, context.CallingAeTitle, cancellationToken).ConfigureAwait(false);
        return new StagedInstance(path, offset, dataSet.TransferSyntax, request.AffectedSopClassUid, request.AffectedSopInstanceUid, context.CallingAeTitle);
    }

    /// <summary>ENOSPC (28) or EDQUOT (122) on Unix, ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows: out of resources, 0xA700.</summary>
    private static bool IsDiskFull(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 0x70 or 0x27 : ex.HResult is 28 or 122;
}
