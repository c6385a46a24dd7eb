using Microsoft.Extensions.Logging;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.Department.Workstation;

/// <summary>
/// The workstation's C-STORE SCP (PS3.4 B.2.3): takes the spooled Part 10 file, files and indexes it, then answers.
/// A data set it cannot read is answered 0xC000, a full disk 0xA700; the file is removed either way.
/// </summary>
internal sealed class WorkstationStoreHandler(ReceivedImageStore store, TimeProvider time, ILogger logger) : ICStoreHandler
{
    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        string path;
        try
        {
            (path, _) = await dataSet.TakeAsPart10FileAsync(store.Incoming, request, context.CallingAeTitle, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            WorkstationLog.StoreRefused(logger, context.CallingAeTitle, ex.Message);
            return new DimseResult(DimseStatus.OutOfResources, $"The workstation could not write the image: {ex.Message}");
        }
        try
        {
            await store.KeepAsync(path, time.GetUtcNow(), context.CallingAeTitle, cancellationToken).ConfigureAwait(false);
            return DimseResult.Success;
        }
        catch (Exception ex) when (ex is DicomFormatException or InvalidDataException)
        {
            ReceivedImageStore.TryDelete(path);
            WorkstationLog.StoreRefused(logger, context.CallingAeTitle, ex.Message);
            return new DimseResult(DimseStatus.CannotUnderstand, $"The workstation cannot read the data set: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ReceivedImageStore.TryDelete(path);
            WorkstationLog.StoreRefused(logger, context.CallingAeTitle, ex.Message);
            return new DimseResult(DimseStatus.OutOfResources, $"The workstation could not keep the image: {ex.Message}");
        }
    }
}
