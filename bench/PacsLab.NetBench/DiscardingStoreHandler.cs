using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.NetBench;

/// <summary>Stores nothing: shows what the network layer alone costs (compare storescp --ignore).</summary>
internal sealed class DiscardingStoreHandler(StoreTimings timings) : ICStoreHandler
{
    public Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        timings.Add(dataSet.Length, 0, 0);
        return Task.FromResult(DimseResult.Success);
    }
}
