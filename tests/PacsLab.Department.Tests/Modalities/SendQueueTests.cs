using System.Text.Json;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities;

public sealed class SendQueueTests
{
    [Fact]
    public async Task Acquire_DestinationAccepts_JobSentWithEveryImageAndItsStatus()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs));
        await device.StartAsync();

        var acquired = await device.RegisterManuallyAsync(TestDevices.Patient());
        var job = await device.WaitForAsync(acquired.Job.Id, j => j.State == SendJobState.Sent);

        Assert.Equal(1, job.Attempts);
        Assert.Null(job.LastError);
        Assert.All(job.Instances, i => Assert.Equal((InstanceSendState.Sent, "0x0000"), (i.State, i.Status)));
        Assert.Equal(job.Instances.Select(i => i.SopInstanceUid), pacs.Stored);
        var attempt = Assert.Single(job.History);
        Assert.Equal(("CT_ROOM1", 3, "all 3 images delivered"), (attempt.CallingAeTitle, attempt.Delivered, attempt.Outcome));
    }

    [Fact]
    public async Task Send_DestinationDown_RetriesOnTheBackOffScheduleThenFails()
    {
        using var folder = new TempDirectory();
        var clock = new ManualClock(TestDevices.Start);
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), clock: clock, configure: o => o.SendQueue.MaxAttempts = 4);
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var nextTries = new List<DateTimeOffset?>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var waiting = await device.WaitForAsync(id, j => j.Attempts == attempt && j.State == SendJobState.WaitingRetry);
            nextTries.Add(waiting.NextAttemptAt);
            clock.SetUtcNow(waiting.NextAttemptAt!.Value);
        }
        var failed = await device.WaitForAsync(id, j => j.State == SendJobState.Failed);

        // First delay 10 s, doubled each time, capped at 30 s.
        Assert.Equal([TestDevices.Start.AddSeconds(10), TestDevices.Start.AddSeconds(30), TestDevices.Start.AddSeconds(60)], nextTries);
        Assert.Equal(4, failed.Attempts);
        Assert.Null(failed.NextAttemptAt);
        Assert.Equal(DeviceErrorKind.ConnectionRefused, failed.LastError?.Kind);
        Assert.Equal(4, failed.History.Count);
    }

    [Fact]
    public async Task Resend_FailedJobAfterTheDestinationIsFixed_SentAtOnce()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort(), configure: o => o.SendQueue.MaxAttempts = 1);
        await device.StartAsync();
        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        await device.WaitForAsync(id, j => j.State == SendJobState.Failed);

        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { DestinationPort = pacs.Port });
        var resent = await device.ResendAsync(id);

        Assert.Equal(SendJobState.Sent, resent?.State);
        Assert.Equal(2, resent?.Attempts);
        Assert.Equal(3, pacs.Stored.Count);
        Assert.Null(await device.ResendAsync("20260504-090000-00000000"));
    }

    [Fact]
    public async Task Restart_JobWaitingToRetry_ComesBackWithItsFilesAndErrorAndIsDeliveredLater()
    {
        using var folder = new TempDirectory();
        var down = TestDevices.ClosedPort();
        string id;
        DeviceError? error;
        await using (var before = TestDevices.Create(folder.Path, down))
        {
            await before.StartAsync();
            id = (await before.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
            error = (await before.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry)).LastError;
        }

        await using var pacs = TestScp.Start();
        await using var after = TestDevices.Create(folder.Path, down);
        await after.StartAsync();
        var reloaded = after.FindJob(id);
        await after.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { DestinationPort = pacs.Port });
        var resent = await after.ResendAsync(id);

        Assert.Equal(SendJobState.WaitingRetry, reloaded?.State);
        Assert.Equal(1, reloaded?.Attempts);
        Assert.Equal(error, reloaded?.LastError);
        Assert.Equal(3, reloaded?.Instances.Count);
        Assert.Equal(SendJobState.Sent, resent?.State);
        Assert.Equal(reloaded!.Instances.Select(i => i.SopInstanceUid), pacs.Stored);
    }

    [Fact]
    public async Task Load_JobLeftWhileSending_IsRetriedAtOnceWithoutResendingAcknowledgedImages()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        string id;
        await using (var before = TestDevices.Create(folder.Path, TestDevices.ClosedPort()))
        {
            // Stopped: the job is saved but never sent.
            id = (await before.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        }
        // As if the device died during the transfer, after the first image was acknowledged.
        var jobFile = Path.Combine(folder.Path, "studies", id, SendJobStore.JobFileName);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        var saved = JsonSerializer.Deserialize<SendJob>(await File.ReadAllTextAsync(jobFile), options)!;
        var interrupted = saved with
        {
            State = SendJobState.Sending, Attempts = 1,
            Instances = [saved.Instances[0] with { State = InstanceSendState.Sent, Status = "0x0000" }, .. saved.Instances.Skip(1)],
        };
        await File.WriteAllTextAsync(jobFile, JsonSerializer.Serialize(interrupted, options));

        await using var after = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs));
        await after.StartAsync();
        var sent = await after.WaitForAsync(id, j => j.State == SendJobState.Sent);

        Assert.Equal(2, sent.Attempts);
        Assert.Equal(saved.Instances.Skip(1).Select(i => i.SopInstanceUid), pacs.Stored);
    }

    [Fact]
    public async Task Send_DeleteFilesAfterSend_RemovesTheImagesButKeepsTheRecord()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), configure: o => o.SendQueue.DeleteFilesAfterSend = true);
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var sent = await device.WaitForAsync(id, j => j.State == SendJobState.Sent);
        var jobFolder = Path.Combine(folder.Path, "studies", id);

        Assert.True(sent.FilesDeleted);
        Assert.Equal([SendJobStore.JobFileName], Directory.GetFiles(jobFolder).Select(Path.GetFileName));
        var error = await Assert.ThrowsAsync<DeviceInputException>(() => device.ResendAsync(id));
        Assert.Contains("deleted after they were delivered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_SentJob_SendsEveryImageAgain()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), configure: o => o.SendQueue.DeleteFilesAfterSend = false);
        await device.StartAsync();
        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        await device.WaitForAsync(id, j => j.State == SendJobState.Sent);

        var again = await device.ResendAsync(id);

        Assert.Equal(SendJobState.Sent, again?.State);
        Assert.Equal(6, pacs.Stored.Count);
        Assert.Equal(2, again?.History.Count);
    }

    [Fact]
    public async Task Send_SomeImagesRefused_KeepsEachStatusAndRetriesOnlyThoseImages()
    {
        using var folder = new TempDirectory();
        var clock = new ManualClock(TestDevices.Start);
        await using var pacs = TestScp.Start();
        pacs.StoreAnswer = n => n is 1 or 2 ? new DimseResult(DimseStatus.OutOfResources, "disk full") : DimseResult.Success;
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), clock: clock);
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var refused = await device.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry);
        clock.SetUtcNow(refused.NextAttemptAt!.Value);
        var sent = await device.WaitForAsync(id, j => j.State == SendJobState.Sent);

        Assert.Equal([InstanceSendState.Sent, InstanceSendState.Failed, InstanceSendState.Failed], refused.Instances.Select(i => i.State));
        Assert.Equal("0xA700", refused.Instances[1].Status);
        Assert.Equal("0xA700 refused: out of resources (the receiver has no room to store it), comment \"disk full\"", refused.Instances[1].Message);
        Assert.Equal(DeviceErrorKind.FailureStatus, refused.LastError?.Kind);
        Assert.StartsWith("PACSLAB refused 2 of 3 images: C-STORE status 0xA700", refused.LastError?.DicomTerms, StringComparison.Ordinal);
        Assert.StartsWith("PACSLAB has no room to store the images", refused.LastError?.PlainWords, StringComparison.Ordinal);
        Assert.Equal(sent.Instances.Select(i => i.SopInstanceUid), pacs.Stored);
        Assert.Equal(2, sent.Attempts);
    }
}
