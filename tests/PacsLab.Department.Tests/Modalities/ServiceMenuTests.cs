using System.Net;
using System.Net.Sockets;
using PacsLab.Department.Configuration;
using PacsLab.Department.Modalities;
using PacsLab.Department.Tests.Modalities.Support;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Modalities;

public sealed class ServiceMenuTests
{
    [Fact]
    public async Task Apply_AeTitleLongerThan16_RefusedNamingTheFieldAndNothingChanges()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort());
        var before = device.ServiceMenu.Current;

        var error = await Assert.ThrowsAsync<DeviceInputException>(() =>
            device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_ROOM1_WITH_SPARE_TUBE", DestinationPort = 4242 }));

        var problem = Assert.Single(error.Errors);
        Assert.Equal("aeTitle", problem.Field);
        Assert.Equal("the AE title 'CT_ROOM1_WITH_SPARE_TUBE' has 24 characters; DICOM allows at most 16", problem.Message);
        Assert.Same(before, device.ServiceMenu.Current);
    }

    [Fact]
    public async Task Apply_SeveralBadFields_NamesEachOne()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort());

        var error = await Assert.ThrowsAsync<DeviceInputException>(() => device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit
        {
            DestinationPort = 0, DestinationAeTitle = "   ", WorklistHost = "", WorklistPort = 70_000,
        }));

        Assert.Equal(["destinationAeTitle", "destinationPort", "worklistHost", "worklistPort"], error.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.StartsWith("The settings were not changed:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_NewAeTitle_TheNextAssociationToTheDeviceUsesIt()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort());
        await device.StartAsync();
        var port = device.Port!.Value;

        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_DEFAULT" });
        var oldTitle = await EchoVerifier.EchoAsync("modality", new DicomNode("127.0.0.1", port, "CT_ROOM1"), "ECHOSCU", TimeSpan.FromSeconds(10), default);
        var newTitle = await EchoVerifier.EchoAsync("modality", new DicomNode("127.0.0.1", port, "CT_DEFAULT"), "ECHOSCU", TimeSpan.FromSeconds(10), default);

        Assert.Equal("CT_DEFAULT", device.ServiceMenu.Current.AeTitle);
        Assert.Equal("CT_DEFAULT", device.Status.AeTitle);
        Assert.Contains("called AE title not recognized", oldTitle.Error?.DicomTerms, StringComparison.Ordinal);
        Assert.True(newTitle.Success, newTitle.Message);
    }

    [Fact]
    public async Task Apply_LostAeTitle_SendsAreRejectedUntilItIsRestored()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start(knownCallingAeTitles: ["CT_ROOM1"]);
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs));
        await device.StartAsync();

        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_DEFAULT" });
        var id = (await device.RegisterManuallyAsync(TestDevices.Patient())).Job.Id;
        var rejected = await device.WaitForAsync(id, j => j.State == SendJobState.WaitingRetry);
        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_ROOM1" });
        var resent = await device.ResendAsync(id);

        Assert.Contains("reason 3", rejected.LastError?.DicomTerms, StringComparison.Ordinal);
        Assert.Equal("CT_DEFAULT", rejected.History[0].CallingAeTitle);
        Assert.Equal(SendJobState.Sent, resent?.State);
        Assert.Equal("CT_ROOM1", resent?.History[^1].CallingAeTitle);
    }

    [Fact]
    public async Task Apply_PortAnotherProgramHolds_RefusedAndTheDeviceStaysOnItsPort()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort());
        await device.StartAsync();
        var before = device.Port;
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var takenPort = ((IPEndPoint)taken.LocalEndpoint).Port;

            var error = await Assert.ThrowsAsync<DeviceInputException>(() => device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { Port = takenPort }));
            var echo = await EchoVerifier.EchoAsync("modality", new DicomNode("127.0.0.1", before!.Value, "CT_ROOM1"), "ECHOSCU", TimeSpan.FromSeconds(10), default);

            Assert.Equal("port", Assert.Single(error.Errors).Field);
            Assert.Contains($"the device stays on port {before}", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, device.Port);
            Assert.Equal(0, device.ServiceMenu.Current.Port);
            Assert.True(echo.Success, echo.Message);
        }
        finally
        {
            taken.Stop();
        }
    }

    [Fact]
    public async Task Apply_NewFreePort_TheDeviceAnswersThereAndNoLongerOnTheOldOne()
    {
        using var folder = new TempDirectory();
        await using var device = TestDevices.Create(folder.Path, TestDevices.ClosedPort());
        await device.StartAsync();
        var oldPort = device.Port!.Value;
        var newPort = FreePort.Next();

        await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { Port = newPort });
        var atNew = await EchoVerifier.EchoAsync("modality", new DicomNode("127.0.0.1", newPort, "CT_ROOM1"), "ECHOSCU", TimeSpan.FromSeconds(10), default);
        var atOld = await EchoVerifier.EchoAsync("modality", new DicomNode("127.0.0.1", oldPort, "CT_ROOM1"), "ECHOSCU", TimeSpan.FromSeconds(10), default);

        Assert.Equal(newPort, device.Port);
        Assert.True(atNew.Success, atNew.Message);
        Assert.Equal(DeviceErrorKind.ConnectionRefused, atOld.Error?.Kind);
    }

    [Fact]
    public async Task Verify_DestinationUpWorklistDown_ReportsEachAndTheStatusKeepsTheError()
    {
        using var folder = new TempDirectory();
        await using var pacs = TestScp.Start();
        await using var device = TestDevices.Create(folder.Path, TestDevices.NodeOf(pacs), worklist: TestDevices.ClosedPort() with { AeTitle = "RIS" });
        await device.StartAsync();

        var report = await device.VerifyAsync();

        Assert.True(report.Destination.Success, report.Destination.Message);
        Assert.StartsWith($"Verify destination PACSLAB at 127.0.0.1:{pacs.Port}: C-ECHO succeeded (status 0x0000) calling as CT_ROOM1.", report.Destination.Message,
            StringComparison.Ordinal);
        Assert.False(report.Worklist.Success);
        Assert.False(report.Success);
        Assert.Equal(DeviceErrorKind.ConnectionRefused, device.Status.LastError?.Kind);
    }

    [Fact]
    public async Task Apply_LostAeTitle_IsStillLostAfterARestartOfTheDevice()
    {
        using var folder = new TempDirectory();
        var destination = TestDevices.ClosedPort();
        await using (var device = TestDevices.Create(folder.Path, destination))
            await device.ServiceMenu.ApplyAsync(new NetworkSettingsEdit { AeTitle = "CT_DEFAULT" });

        await using var restarted = TestDevices.Create(folder.Path, destination);

        Assert.Equal("CT_DEFAULT", restarted.ServiceMenu.Current.AeTitle);
        Assert.Equal(destination, restarted.ServiceMenu.Current.Destination);
    }
}
