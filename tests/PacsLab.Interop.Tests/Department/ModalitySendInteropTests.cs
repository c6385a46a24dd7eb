using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>A simulated modality sending to DCMTK's storescp and dcmqrscp.</summary>
public sealed class ModalitySendInteropTests
{
    [SkippableFact]
    public async Task Acquire_DestinationIsStorescp_EveryImageArrives()
    {
        await using var storescp = await StoreScpPeer.StartAsync();
        using var folder = new TempDirectory();
        await using var device = ModalityInterop.Create(folder.Path, new DicomNode("127.0.0.1", storescp.Process.Port, StoreScpPeer.AeTitle));
        await device.StartAsync();

        var acquired = await device.RegisterManuallyAsync(ModalityInterop.Patient());
        var job = await device.WaitForAsync(acquired.Job.Id, j => j.State is SendJobState.Sent or SendJobState.WaitingRetry);

        Assert.True(job.State == SendJobState.Sent, $"{job.LastError}\n{storescp.Process.Describe()}");
        var received = await QueryRetrieveSamples.InstanceUidsAsync(storescp.ReceivedFiles());
        Assert.Equal(job.Instances.Select(i => i.SopInstanceUid).Order(StringComparer.Ordinal), received);
    }

    [SkippableFact]
    public async Task Send_CallingAeTitleTheArchiveDoesNotList_RejectedKeptAndDeliveredOnceTheTitleIsFixed()
    {
        await using var archive = await ModalityAeCheckingArchive.StartAsync("PACSLAB", "CT_ROOM1");
        using var folder = new TempDirectory();
        // The state a careless repair leaves: the device's AE title reset to the vendor default.
        await using var device = ModalityInterop.Create(folder.Path, new DicomNode("127.0.0.1", archive.Port, "PACSLAB"), aeTitle: "CT_DEFAULT");
        await device.StartAsync();

        var acquired = await device.RegisterManuallyAsync(ModalityInterop.Patient());
        var rejected = await device.WaitForAsync(acquired.Job.Id, j => j.State is SendJobState.WaitingRetry or SendJobState.Sent);
        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_ROOM1" });
        var resent = await device.ResendAsync(acquired.Job.Id);

        Assert.True(rejected.State == SendJobState.WaitingRetry, archive.Process.Describe());
        Assert.Equal(DeviceErrorKind.AssociationRejected, rejected.LastError?.Kind);
        // dcmqrscp answers an unlisted calling AE title with reason 7 (its "bad AE service"), which the device reports as it came.
        Assert.Equal("association rejected by PACSLAB: called AE title not recognized (A-ASSOCIATE-RJ result 1, source 1, reason 7)", rejected.LastError?.DicomTerms);
        Assert.Contains("knows this device as 'CT_DEFAULT'", rejected.LastError?.PlainWords, StringComparison.Ordinal);
        Assert.Equal(SendJobState.Sent, resent?.State);
        Assert.Equal(["CT_DEFAULT", "CT_ROOM1"], resent!.History.Select(h => h.CallingAeTitle));
        var stored = await QueryRetrieveSamples.InstanceUidsAsync(archive.StoredFiles());
        Assert.Equal(resent.Instances.Select(i => i.SopInstanceUid).Order(StringComparer.Ordinal), stored);
    }
}
