using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities;

/// <summary>Each failure kind met with the real network layer, and how the device words it.</summary>
public sealed class NetworkErrorWordingTests
{
    [Fact]
    public async Task Send_CallingAeTitleNotInTheAeTable_RejectedWithReason3InBothWordings()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start(knownCallingAeTitles: ["CT_ROOM1"]);
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), aeTitle: "CT_DEFAULT");
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var job = await device.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry);

        var error = job.LastError!;
        Assert.Equal(DeviceErrorKind.AssociationRejected, error.Kind);
        Assert.Equal("association rejected by PACSLAB: calling AE title not recognized (A-ASSOCIATE-RJ result 1, source 1, reason 3)", error.DicomTerms);
        Assert.StartsWith("PACSLAB does not know this device as 'CT_DEFAULT'. Check the device's own AE title in the service menu", error.PlainWords, StringComparison.Ordinal);
        Assert.All(job.Instances, i => Assert.Equal(InstanceSendState.Pending, i.State));
        Assert.Empty(pacs.Stored);
    }

    [Fact]
    public async Task Verify_WrongCalledAeTitle_RejectedWithReason7()
    {
        await using var pacs = TestScp.Start();

        var result = await EchoVerifier.EchoAsync("destination", new DicomNode("127.0.0.1", pacs.Port, "PACS"), "CT_ROOM1", TimeSpan.FromSeconds(10),
            CancellationToken.None);

        Assert.False(result.Success);
        Assert.Equal("association rejected by PACS: called AE title not recognized (A-ASSOCIATE-RJ result 1, source 1, reason 7)", result.Error?.DicomTerms);
        Assert.StartsWith($"The application at 127.0.0.1:{pacs.Port} is not called 'PACS', or does not serve 'CT_ROOM1' under that title. " +
            "Check the called AE title in the service menu", result.Error?.PlainWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NothingListening_ConnectionRefusedNamingHostAndPort()
    {
        using var folder = new TempDirectory();
        var down = TestDevices.ClosedPort();
        await using var device = TestDevices.Create(folder.Path, down);
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var error = (await device.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry)).LastError!;

        Assert.Equal(DeviceErrorKind.ConnectionRefused, error.Kind);
        Assert.Equal($"connection refused by 127.0.0.1:{down.Port}", error.DicomTerms);
        Assert.Contains("PACSLAB is not running, or the host or port in the service menu is wrong", error.PlainWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SopClassTheDestinationDoesNotTake_NoPresentationContextForCtImageStorage()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start(sopClasses: [TestScp.Verification, TestScp.SecondaryCaptureImageStorage]);
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), synthesizer: new FakeSynthesizer(2, FakeSynthesizer.CtImageStorage));
        await device.StartAsync();

        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var job = await device.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry);

        Assert.Equal(DeviceErrorKind.NoPresentationContext, job.LastError?.Kind);
        Assert.Equal("no presentation context accepted for CT Image Storage by PACSLAB (presentation context result 3: abstract syntax not supported)",
            job.LastError?.DicomTerms);
        Assert.All(job.Instances, i => Assert.Equal(InstanceSendState.Failed, i.State));
    }

    [Fact]
    public async Task Verify_NothingListening_TechnologistSeesRefusedAndWhatToCheck()
    {
        var down = TestDevices.ClosedPort();

        var result = await EchoVerifier.EchoAsync("destination", down, "CT_ROOM1", TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.False(result.Success);
        Assert.Equal($"Verify destination PACSLAB at 127.0.0.1:{down.Port} failed: connection refused by 127.0.0.1:{down.Port}. Nothing accepts connections there: " +
            $"PACSLAB is not running, or the host or port in the service menu is wrong. Check that PACSLAB is running and listens on port {down.Port}.", result.Message);
    }

    [Fact]
    public async Task Verify_DestinationPortZero_SaysItIsNotSetUpWithoutConnecting()
    {
        var result = await EchoVerifier.EchoAsync("destination", new DicomNode("127.0.0.1", 0, "PACSLAB"), "CT_ROOM1", TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(DeviceErrorKind.NotConfigured, result.Error?.Kind);
        Assert.Contains("the port is 0 (not known yet)", result.Message, StringComparison.Ordinal);
    }
}
