using System.Net;
using System.Net.Sockets;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Association;

/// <summary>
/// The peer-host check with an AE table host given as a name: looked up (asynchronously, with a time limit and a
/// short cache) and compared with the address the association came from; a name that does not resolve is a
/// rejection with the reason in words, never an exception.
/// </summary>
public class PeerHostCheckTests
{
    private static DicomClientOptions To(ScpHarness scp) => new() { Host = "127.0.0.1", Port = scp.Port, CallingAeTitle = "CT_ROOM1", CalledAeTitle = ScpHarness.AeTitle };

    private static IReadOnlyList<PresentationContextProposal> Echo() =>
        DicomClient.Proposals([(DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])]);

    private static AssociationPolicy HostChecked(string host, PeerHostResolver? resolver = null) =>
        ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("CT_ROOM1", host)) with { CheckPeerHost = true, HostResolver = resolver ?? new PeerHostResolver() };

    private static AAssociateRq Request() =>
        new("PACSLAB", "CT_ROOM1", [new PresentationContextProposal(1, DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])], new UserInformation());

    [Fact]
    public async Task Associate_HostIsThisMachinesName_AcceptedFromLoopback()
    {
        await using var scp = new ScpHarness(HostChecked(Dns.GetHostName()));

        await using var client = await DicomClient.ConnectAsync(To(scp), Echo());

        Assert.Equal(DimseStatus.Success, (await client.EchoAsync()).Status);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Associate_HostNameThatDoesNotResolve_RejectedWithTheReasonInTheRecord()
    {
        await using var scp = new ScpHarness(HostChecked("no-such-host.invalid"));

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(To(scp), Echo()));

        Assert.Contains("source 1, reason 3", error.Message);
        var record = await scp.NextRecordAsync();
        Assert.False(record.Accepted);
        Assert.Contains("'no-such-host.invalid'", record.RejectReason);
        Assert.Contains("could not be resolved", record.RejectReason);
        Assert.Contains("Check", record.RejectReason);
    }

    [Fact]
    public async Task Decide_HostNameResolvingElsewhere_RejectedNamingTheAddresses()
    {
        var resolver = new PeerHostResolver(lookup: (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.1.2.3") }));

        var decision = await HostChecked("ct-room1.hospital.example", resolver).DecideAsync(Request(), new AssociationPeer(IPAddress.Loopback, 40000), CancellationToken.None);

        var rejected = Assert.IsType<AssociationRejected>(decision);
        Assert.Equal(3, rejected.Reject.Reason);
        Assert.Contains("ct-room1.hospital.example (10.1.2.3)", rejected.Explanation);
    }

    [Fact]
    public async Task Decide_HostNameResolvingToThePeersAddress_Accepted()
    {
        var resolver = new PeerHostResolver(lookup: (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.1.2.3"), IPAddress.Parse("10.9.9.9") }));

        var decision = await HostChecked("ct-room1.hospital.example", resolver).DecideAsync(Request(), new AssociationPeer(IPAddress.Parse("::ffff:10.9.9.9"), 40000), CancellationToken.None);

        Assert.IsType<AssociationAccepted>(decision);
    }

    [Fact]
    public async Task Decide_LookupFails_RejectedNotThrown()
    {
        var resolver = new PeerHostResolver(lookup: (_, _) => Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)));

        var decision = await HostChecked("ct-room1.hospital.example", resolver).DecideAsync(Request(), new AssociationPeer(IPAddress.Loopback, 40000), CancellationToken.None);

        Assert.Contains("could not be resolved", Assert.IsType<AssociationRejected>(decision).Explanation);
    }

    [Fact]
    public async Task Resolve_LookupThatHangs_GivesUpAfterTheTimeout()
    {
        var time = new UpperLayer.ManualTimeProvider();
        var resolver = new PeerHostResolver(time, (_, ct) => Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => Array.Empty<IPAddress>(), TaskScheduler.Default))
        {
            Timeout = TimeSpan.FromSeconds(2),
        };

        var resolving = resolver.ResolveAsync("slow.hospital.example", CancellationToken.None);
        Assert.False(resolving.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await resolving;

        Assert.False(result.Succeeded);
        Assert.Contains("no answer within 2 s", result.Error);
    }

    [Fact]
    public async Task Resolve_SecondTimeWithinTheCache_DoesNotLookUpAgain_AfterItExpiresDoes()
    {
        var time = new UpperLayer.ManualTimeProvider();
        var lookups = 0;
        var resolver = new PeerHostResolver(time, (_, _) =>
        {
            lookups++;
            return Task.FromResult(new[] { IPAddress.Parse("10.1.2.3") });
        }) { CacheDuration = TimeSpan.FromSeconds(30) };

        await resolver.ResolveAsync("ct-room1.hospital.example", CancellationToken.None);
        await resolver.ResolveAsync("CT-ROOM1.hospital.example", CancellationToken.None);
        Assert.Equal(1, lookups);
        time.Advance(TimeSpan.FromSeconds(31));
        var again = await resolver.ResolveAsync("ct-room1.hospital.example", CancellationToken.None);

        Assert.Equal(2, lookups);
        Assert.Equal([IPAddress.Parse("10.1.2.3")], again.Addresses);
    }

    [Fact]
    public async Task Decide_SameHostManyTimes_IsLookedUpOnce()
    {
        var lookups = 0;
        var resolver = new PeerHostResolver(lookup: (_, _) =>
        {
            Interlocked.Increment(ref lookups);
            return Task.FromResult(new[] { IPAddress.Loopback });
        });
        var policy = HostChecked("ct-room1.hospital.example", resolver);

        for (var i = 0; i < 5; i++)
            Assert.IsType<AssociationAccepted>(await policy.DecideAsync(Request(), new AssociationPeer(IPAddress.Loopback, 40000 + i), CancellationToken.None));

        Assert.Equal(1, lookups);
    }
}
