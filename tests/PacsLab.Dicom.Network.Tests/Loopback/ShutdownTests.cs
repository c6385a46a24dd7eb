using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>Stopping an SCP lets live associations finish, refuses new connections, and aborts what outlives the drain.</summary>
public class ShutdownTests
{
    private static DicomServer Server(TimeSpan drain) => new(
        new DicomServerOptions { DrainTimeout = drain },
        ScpHarness.AcceptAll(),
        new DimseServiceHandlers());

    private static Task<DicomClient> Connect(DicomServer server) => DicomClient.ConnectAsync(
        new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CalledAeTitle = ScpHarness.AeTitle },
        DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, ["1.2.840.10008.1.2"])]));

    [Fact]
    public async Task Stop_LiveAssociationFinishesItsWork_ThenTheServerStops()
    {
        var server = Server(TimeSpan.FromSeconds(10));
        server.Start();
        var port = server.LocalEndPoint.Port;
        await using var client = await Connect(server);
        var stopping = server.StopAsync();
        Assert.Equal(DimseStatus.Success, (await client.EchoAsync()).Status);
        Assert.False(stopping.IsCompleted);
        await client.ReleaseAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = port }, DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, ["1.2.840.10008.1.2"])])));
        Assert.Contains("connection refused", ex.Message);
    }

    [Fact]
    public async Task Stop_AssociationOutlivesTheDrain_IsAborted()
    {
        var server = Server(TimeSpan.FromMilliseconds(300));
        server.Start();
        await using var client = await Connect(server);
        await server.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var outcome = await client.Association.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(AssociationOutcomeKind.AbortedByPeer, outcome.Kind);
        await server.DisposeAsync();
    }
}
