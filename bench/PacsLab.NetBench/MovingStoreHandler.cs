using System.Diagnostics;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.NetBench;

/// <summary>
/// The network layer spools every data set as a Part 10 file while it arrives (SpoolThreshold 0); the handler only
/// moves that file into place, as a PACS's two-phase store would. Times: "move" and nothing else.
/// </summary>
internal sealed class MovingStoreHandler(string folder, StoreTimings timings) : ICStoreHandler
{
    public Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!dataSet.TryMoveSpoolFile(StoreModes.PathFor(folder, request), overwrite: true))
            return Task.FromResult(new DimseResult(DimseStatus.OutOfResources, "data set was not spooled"));
        timings.Add(dataSet.Length, Stopwatch.GetTimestamp() - started, 0);
        return Task.FromResult(DimseResult.Success);
    }
}
