using System.Diagnostics;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Dimse;

namespace PacsLab.NetBench;

/// <summary>
/// Writes a Part 10 file without parsing the data set: preamble and meta group from the C-STORE command's UIDs
/// (DicomFileMetaInformation.Build, written by PacsLab's file writer with an empty data set), then the received
/// bytes copied as they are. Times: "meta" (open + header) and "copy" (data set bytes + close).
/// </summary>
internal sealed class CopyingStoreHandler(string folder, StoreTimings timings) : ICStoreHandler
{
    public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var identity = new DicomDataset();
        identity.AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, request.AffectedSopClassUid ?? "");
        identity.AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, request.AffectedSopInstanceUid ?? "");
        var header = new DicomFile(DicomFileMetaInformation.Build(identity, dataSet.TransferSyntax, context.CallingAeTitle), new DicomDataset());

        // The header is composed in memory, then everything is written with plain synchronous calls: Linux has no
        // asynchronous file IO, and FileStream.WriteAsync on a regular file only queues the same call to the thread pool.
        using var headerBytes = new MemoryStream();
        await header.WriteAsync(headerBytes, cancellationToken: cancellationToken);
        long headerDone;
        using (var file = new FileStream(StoreModes.PathFor(folder, request), FileMode.Create, FileAccess.Write, FileShare.None, 0))
        {
            file.Write(headerBytes.GetBuffer(), 0, (int)headerBytes.Length);
            headerDone = Stopwatch.GetTimestamp();
            using var source = dataSet.OpenRead();
            source.CopyTo(file, 128 * 1024);
        }
        timings.Add(dataSet.Length, headerDone - started, Stopwatch.GetTimestamp() - headerDone);
        return DimseResult.Success;
    }
}
