using System.Net;
using System.Net.Sockets;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Ris.Worklist;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Ris;

/// <summary>The worklist server on a real socket (127.0.0.1, port 0) with PacsLab's own SCU.</summary>
public sealed class WorklistServerTests : IAsyncLifetime
{
    private const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";

    private readonly TempDirectory _directory = new("pacslab-ris");
    private OrderBook _book = null!;
    private WorklistServer _server = null!;

    public async Task InitializeAsync()
    {
        _book = await RisTestOrders.SeededBookAsync(_directory.Path);
        _server = new WorklistServer(RisTestOrders.Options(_directory.Path), _book);
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    private Task<DicomClient> ConnectAsync(string calledAeTitle = "RIS", params string[] abstractSyntaxes) => DicomClient.ConnectAsync(
        new DicomClientOptions { Host = "127.0.0.1", Port = _server.LocalEndPoint.Port, CallingAeTitle = "CT_ROOM1", CalledAeTitle = calledAeTitle },
        DicomClient.Proposals((abstractSyntaxes.Length == 0 ? [WorklistSyntaxes.ModalityWorklistFind, WorklistSyntaxes.Verification] : abstractSyntaxes)
            .Select(uid => (uid, WorklistSyntaxes.TransferSyntaxes))));

    private static async Task<List<DicomDataset>> FindAsync(DicomClient client, DicomDataset keys)
    {
        var found = new List<DicomDataset>();
        await foreach (var item in client.FindAsync(WorklistSyntaxes.ModalityWorklistFind, keys)) found.Add(item);
        return found;
    }

    [Fact]
    public async Task Find_OverTheNetwork_ReturnsTheStationsScheduledSteps()
    {
        await using var client = await ConnectAsync();

        var found = await FindAsync(client, WorklistKeys.Typical()
            .Step(WorklistTags.ScheduledStationAETitle, DicomVR.AE, "CT_ROOM1")
            .Step(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, "20260310").Build());
        await client.ReleaseAsync();

        var item = Assert.Single(found);
        Assert.Equal("ACC-CT-1", item.GetString(WorklistTags.AccessionNumber));
        Assert.Equal((await _book.GetAsync("ACC-CT-1"))!.StudyInstanceUid, item.GetString(WorklistTags.StudyInstanceUID));
    }

    [Fact]
    public async Task Echo_IsAnsweredWithSuccess()
    {
        await using var client = await ConnectAsync();

        var response = await client.EchoAsync();

        Assert.True(response.Status.IsSuccess);
    }

    [Fact]
    public async Task Find_UnusableIdentifier_IsAnswered0xA900WithTheReason()
    {
        await using var client = await ConnectAsync();

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() =>
            FindAsync(client, WorklistKeys.Typical().Step(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, "20261310").Build()));

        Assert.Contains("0xA900", error.Message);
        Assert.Contains("ScheduledProcedureStepStartDate='20261310'", error.Message);
        Assert.True((await client.EchoAsync()).Status.IsSuccess, "the association must stay usable after a refused query");
    }

    [Fact]
    public async Task Associate_WrongCalledAeTitle_IsRejectedWithReason7InPlainWords()
    {
        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => ConnectAsync("PACSLAB"));

        Assert.Contains("source 1, reason 7", error.Message);
        Assert.Contains("called AE title", error.Message);
        var record = await _server.Associations.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.False(record.Accepted);
        Assert.Equal("PACSLAB", record.CalledAeTitle);
        Assert.Contains("called AE title 'PACSLAB' is not this application's title 'RIS'", record.RejectReason);
    }

    [Fact]
    public async Task Associate_AfterARejectedOne_IsServed()
    {
        await Assert.ThrowsAsync<DicomNetworkException>(() => ConnectAsync("WRONG_AE"));

        await using var client = await ConnectAsync();
        var found = await FindAsync(client, WorklistKeys.Typical().Step(WorklistTags.Modality, DicomVR.CS, "MR").Build());

        Assert.Equal(["ACC-MR-1"], found.Select(f => f.GetString(WorklistTags.AccessionNumber)));
    }

    [Fact]
    public async Task Associate_ProposingStudyRootFind_GetsOnlyTheWorklistContexts()
    {
        await using var client = await ConnectAsync("RIS", StudyRootFind, WorklistSyntaxes.ModalityWorklistFind);

        Assert.Equal([WorklistSyntaxes.ModalityWorklistFind], client.Association.AcceptedContexts.Select(c => c.AbstractSyntax));
    }

    [Fact]
    public async Task Find_SeesOrdersPlacedWhileRunning()
    {
        await _book.PlaceAsync(RisTestOrders.DoeCt with { AccessionNumber = "ACC-NEW", ScheduledStationAeTitle = "DX_ROOM1", Modality = "DX" }, "desk");
        await using var client = await ConnectAsync();

        var found = await FindAsync(client, WorklistKeys.Typical().Step(WorklistTags.ScheduledStationAETitle, DicomVR.AE, "DX_ROOM1").Build());

        Assert.Equal(["ACC-NEW"], found.Select(f => f.GetString(WorklistTags.AccessionNumber)));
    }

    [Fact]
    public async Task Start_IllegalAeTitle_FailsWithTheRule()
    {
        var options = RisTestOrders.Options(_directory.Path);
        options.AeTitle = "RIS\\MAIN";
        await using var bad = new WorklistServer(options, _book);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => bad.StartAsync());

        Assert.Contains("Ris:AeTitle 'RIS\\MAIN' is not usable: it contains a backslash", error.Message);
    }

    [Fact]
    public async Task Start_PortInUse_FailsNamingThePort()
    {
        var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        try
        {
            var port = ((IPEndPoint)occupied.LocalEndpoint).Port;
            var options = RisTestOrders.Options(_directory.Path);
            options.Port = port;
            await using var second = new WorklistServer(options, _book);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync());

            Assert.Contains($"127.0.0.1:{port}", error.Message);
            Assert.Contains("Ris:Port", error.Message);
        }
        finally
        {
            occupied.Stop();
        }
    }
}
