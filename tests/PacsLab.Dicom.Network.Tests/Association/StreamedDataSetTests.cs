using System.Net;
using System.Net.Sockets;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Association;

/// <summary>
/// A data set sent from a stream (a C-MOVE sends archived files that way) arrives byte for byte, whatever its length
/// against the fragment size the peer allows and the chunks the sender reads ahead.
/// </summary>
public class StreamedDataSetTests
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    private const int PeerMaximum = 16384;
    private const int Fragment = PeerMaximum - 6;
    private static readonly int Chunk = 256 * 1024 / Fragment * Fragment;

    public static TheoryData<int> Lengths => [0, 1, Fragment - 1, Fragment, Fragment + 1, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, 2 * Chunk + Fragment, 700_001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public async Task Send_DataSetFromAStream_ArrivesWhole(int length)
    {
        using var folder = new TempDirectory();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(IPAddress.Loopback, port);
        using var server = await listener.AcceptTcpClientAsync();
        var policy = new AssociationPolicy { AeTitle = "SCP", SupportedSyntaxes = [new SupportedSyntax(CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])] };
        var peer = new AssociationPeer(IPAddress.Loopback, port);
        var acceptorOptions = AssociationOptions.Default with { MaxPduLength = PeerMaximum, SpoolDirectory = folder.Path, SpoolThreshold = 64 * 1024 };
        var accepting = DicomAssociation.AcceptAsync(server.GetStream(), peer, policy, acceptorOptions, CancellationToken.None);
        var request = new AAssociateRq("SCP", "SCU", [new PresentationContextProposal(1, CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])], new UserInformation());
        await using var requestor = await DicomAssociation.RequestAsync(client.GetStream(), peer, request, AssociationOptions.Default, CancellationToken.None);
        await using var acceptor = await accepting;
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);

        await requestor.SendAsync(1, DimseCommands.StoreRequest(1, CtImageStorage, "1.2.3.4"), new MemoryStream(bytes), CancellationToken.None);
        await using var message = await acceptor.ReceiveAsync(CancellationToken.None);

        Assert.NotNull(message?.DataSet);
        await using var received = message.DataSet.OpenRead();
        using var copy = new MemoryStream();
        await received.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        await requestor.ReleaseAsync();
    }
}
