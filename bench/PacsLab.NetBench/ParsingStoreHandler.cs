using System.Diagnostics;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.NetBench;

/// <summary>The store a PACS with an index does: parse the data set, wrap it in a file, save. Times: "parse" and "save".</summary>
internal sealed class ParsingStoreHandler(string folder, StoreTimings timings) : ICStoreHandler
{
    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var dataset = await dataSet.ReadAsync(cancellationToken: cancellationToken);
        var parsed = Stopwatch.GetTimestamp();
        await DicomFile.Create(dataset, dataSet.TransferSyntax, context.CallingAeTitle)
            .SaveAsync(StoreModes.PathFor(folder, request), cancellationToken: cancellationToken);
        timings.Add(dataSet.Length, parsed - started, Stopwatch.GetTimestamp() - parsed);
        return DimseResult.Success;
    }
}
