using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>The SCU cancels a running C-MOVE; the SCP stops between sub-operations and answers 0xFE00 with the counts.</summary>
public class RetrieveCancelTests
{
    private sealed class SlowStore : ICStoreHandler
    {
        public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
        {
            await Task.Delay(150, cancellationToken);
            return DimseResult.Success;
        }
    }

    [Fact]
    public async Task Move_CancelledByTheRequestor_EndsWithCancelStatusAndPartialCounts()
    {
        await using var archive = new ScpHarness();
        const int count = 20;
        for (var i = 0; i < count; i++)
        {
            await archive.AddAsync(DicomFile.Create(new DicomDataset()
                .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2")
                .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "P1")
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3.4"), DicomTransferSyntax.ExplicitVRLittleEndian));
        }
        var slowPolicy = ScpHarness.AcceptAll() with { AeTitle = "SLOW" };
        await using var slow = new DicomServer(new DicomServerOptions(), slowPolicy, new DimseServiceHandlers { Store = new SlowStore() });
        slow.Start();
        archive.AddMoveDestination("SLOW", slow.LocalEndPoint.Port);

        await using var client = await DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = archive.Port, CalledAeTitle = ScpHarness.AeTitle },
            DicomClient.Proposals([("1.2.840.10008.5.1.4.1.2.2.2", ["1.2.840.10008.1.2"])]));
        using var cancel = new CancellationTokenSource();
        var keys = new DicomDataset()
            .AddOrUpdate(new DicomTag(0x0008, 0x0052), DicomVR.CS, "STUDY")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3.4");
        var final = await client.MoveAsync("1.2.840.10008.5.1.4.1.2.2.2", "SLOW", keys, new Cancelling(cancel), cancel.Token);

        Assert.Equal(DimseStatus.Cancel, final.Status);
        Assert.True(final.SubOperations!.Completed < count, $"completed {final.SubOperations.Completed} of {count} despite the cancel");
        Assert.True(final.SubOperations.Remaining > 0);
        await client.ReleaseAsync();
    }

    /// <summary>Cancels at the first progress report.</summary>
    private sealed class Cancelling(CancellationTokenSource source) : IProgress<DimseSubOperations>
    {
        public void Report(DimseSubOperations value) => source.Cancel();
    }
}
