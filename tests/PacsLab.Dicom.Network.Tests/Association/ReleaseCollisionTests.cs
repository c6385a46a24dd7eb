using System.Net;
using System.Net.Sockets;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Association;

/// <summary>Both sides ask to release at once (PS3.8 9.2.2 AR-8 to AR-10): both end released, neither aborts.</summary>
public class ReleaseCollisionTests
{
    [Fact]
    public async Task Release_BothSidesAtOnce_BothEndReleased()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port);
        using var server = await listener.AcceptTcpClientAsync();

        var policy = new AssociationPolicy
        {
            AeTitle = "SCP",
            SupportedSyntaxes = [new SupportedSyntax("1.2.840.10008.1.1", ["1.2.840.10008.1.2"])],
        };
        var peer = new AssociationPeer(IPAddress.Loopback, port);
        var accepting = DicomAssociation.AcceptAsync(server.GetStream(), peer, policy, AssociationOptions.Default, CancellationToken.None);
        var request = new AAssociateRq("SCP", "SCU", [new PresentationContextProposal(1, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"])], new UserInformation());
        await using var requestor = await DicomAssociation.RequestAsync(client.GetStream(), peer, request, AssociationOptions.Default, CancellationToken.None);
        await using var acceptor = await accepting;
        Assert.True(acceptor.IsEstablished);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Task.WhenAll(requestor.ReleaseAsync(timeout.Token), acceptor.ReleaseAsync(timeout.Token));

        Assert.Equal(AssociationOutcomeKind.Released, (await requestor.Completion).Kind);
        Assert.Equal(AssociationOutcomeKind.Released, (await acceptor.Completion).Kind);
    }
}
