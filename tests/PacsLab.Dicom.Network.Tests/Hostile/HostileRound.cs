using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>One hostile connection of the soak test: what it sends, and that the server ends it promptly.</summary>
internal static class HostileRound
{
    private static readonly Lazy<byte[]> TenThousandContexts = new(() => HostilePdus.AssociateRq(HostilePdus.ManyContexts(10_000)));

    public const int Kinds = 8;

    /// <summary>Runs hostile connection number <paramref name="round"/> (kinds in turn) and waits until the server logged it.</summary>
    public static async Task RunAsync(HostileScp scp, int round)
    {
        var kind = round % Kinds;
        HostilePeer peer;
        if (kind is 3 or 4 or 7) (peer, _) = await scp.AssociateAsync();
        else peer = await scp.ConnectAsync();
        await using (peer)
        {
            var waitForAnswer = true;
            switch (kind)
            {
                case 0: await peer.SendAsync(HostilePdus.HttpGet); break;
                case 1: await peer.SendAsync(HostilePdus.Raw((byte)PduType.AAssociateRq, uint.MaxValue, new byte[16])); break;
                case 2: await peer.SendAsync(await HostilePdus.EchoAsync(HostilePdus.VerificationContext)); break;
                case 3: await peer.SendAsync(HostilePdus.Raw(0x09, 4, [0, 0, 0, 0])); break;
                case 4: await peer.SendAsync(HostilePdus.PDataWithPdvLength(1, [HostilePdus.VerificationContext])); break;
                case 5: await peer.SendAsync(TenThousandContexts.Value); break;
                case 6: await peer.SendAsync(HostilePdus.Raw((byte)PduType.AAssociateRq, 300, new byte[3])); waitForAnswer = false; break; // half a PDU, then we leave
                case 7: await peer.SendAsync(await HostilePdus.EchoAsync(2)); break;
            }
            if (waitForAnswer)
            {
                var reply = await peer.ReadReplyAsync(HostileScp.Prompt);
                Assert.True(reply.Pdu is AAbort or AAssociateRj || reply.Closed, $"round {round} (kind {kind}): expected an abort, a reject or a close, got {reply}");
            }
        }
        var record = await scp.RecordOfAsync(peer.LocalPort);
        Assert.NotEqual(AssociationOutcomeKind.Released, record.Outcome.Kind);
    }

    /// <summary>A peer that connects and never sends (<paramref name="afterAssociation"/> false) or stops inside a P-DATA-TF; the server must end it.</summary>
    public static async Task StallAsync(HostileScp scp, bool afterAssociation)
    {
        HostilePeer peer;
        if (afterAssociation)
        {
            (peer, _) = await scp.AssociateAsync();
            await peer.SendAsync(HostilePdus.Raw((byte)PduType.PDataTf, 100, new byte[10]));
        }
        else peer = await scp.ConnectAsync();
        await using (peer)
        {
            var longest = (afterAssociation ? HostileScp.Idle : HostileScp.Artim) + HostileScp.Prompt;
            await peer.ReadUntilClosedAsync(longest);
        }
        await scp.RecordOfAsync(peer.LocalPort);
    }
}
