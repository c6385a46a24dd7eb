using System.Collections.Concurrent;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>A peer's claims and persistence must not cost the server memory it did not receive.</summary>
[Collection(nameof(MemoryMeasuringCollection))]
public class MemoryBoundTests
{
    private const long SixteenMegabytes = 16L * 1024 * 1024;
    private const long TwentyMegabytes = 20L * 1024 * 1024;

    [Fact]
    public async Task AssociateRqHeaderClaiming4GiB_AbortedWithoutHugeAllocation()
    {
        await using var scp = new HostileScp();
        await scp.AssertStillServesAsync(); // warms up the code paths so the measure below is of this exchange only

        var before = GC.GetTotalAllocatedBytes(precise: true);
        await using (var peer = await scp.ConnectAsync())
        {
            await peer.SendAsync(HostilePdus.Raw((byte)PduType.AAssociateRq, uint.MaxValue, new byte[64]));
            // First PDU, so Sta2 + Evt19: AA-1 (PS3.8 Table 9-10), with the provider's reason.
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.True(allocated < SixteenMegabytes, $"the exchange allocated {allocated / 1024 / 1024} MB");
            HostileAssert.RecordTellsAbort(await scp.RecordOfAsync(peer.LocalPort), abort, uint.MaxValue.ToString());
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task PDataHeaderClaiming256MiB_WithNoAnnouncedMaximum_NoHugeAllocation()
    {
        // A maximum length of 0 announces "no limit" (PS3.7 D.3.3.1); a claim is still not a reason to allocate.
        await using var scp = new HostileScp(maxPduLength: 0);
        await scp.AssertStillServesAsync();

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (peer, ac) = await scp.AssociateAsync();
        await using (peer)
        {
            Assert.Equal(0u, ac.UserInformation.MaximumLength);
            await peer.SendAsync(HostilePdus.Raw((byte)PduType.PDataTf, 256u * 1024 * 1024, new byte[16]));
            await Task.Delay(500); // long enough for the server to have read the header and acted on it
        }
        var record = await scp.RecordOfAsync(peer.LocalPort);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(allocated < SixteenMegabytes, $"a P-DATA-TF header claiming 256 MB and 16 bytes of body made the exchange allocate {allocated / 1024 / 1024} MB");
        Assert.True(record.Accepted);
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task TwoHundredHostileConnections_ServerStillAnswersHeapStaysBoundedNothingEscapes()
    {
        await using var scp = new HostileScp();
        for (var round = 0; round < HostileRound.Kinds; round++) await HostileRound.RunAsync(scp, round); // warm-up
        await scp.AssertStillServesAsync();
        var baseline = HeapAfterFullCollection();
        var escaped = new ConcurrentQueue<Exception>();
        void Unobserved(object? sender, UnobservedTaskExceptionEventArgs e) => escaped.Enqueue(e.Exception);
        TaskScheduler.UnobservedTaskException += Unobserved;
        try
        {
            for (var round = 0; round < 200; round++) await HostileRound.RunAsync(scp, round);
            // Then stallers at once, before and after association: ARTIM and the idle timeout must end every one.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => HostileRound.StallAsync(scp, afterAssociation: i % 2 == 1)));

            await scp.AssertStillServesAsync();
            var after = HeapAfterFullCollection();
            Assert.True(after - baseline < TwentyMegabytes, $"the managed heap grew from {baseline / 1024 / 1024} MB to {after / 1024 / 1024} MB over 200 hostile connections");
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= Unobserved;
        }
        Assert.True(escaped.IsEmpty, $"exceptions escaped unobserved: {string.Join(" | ", escaped)}");
        // The last association is logged a moment before its slot is freed.
        var settled = System.Diagnostics.Stopwatch.StartNew();
        while (scp.Harness.Server.ActiveAssociations != 0 && settled.Elapsed < HostileScp.Prompt) await Task.Delay(20);
        Assert.Equal(0, scp.Harness.Server.ActiveAssociations);
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
