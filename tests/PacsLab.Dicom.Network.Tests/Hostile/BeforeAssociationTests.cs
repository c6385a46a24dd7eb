using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// Hostile first PDUs, while the server waits for an A-ASSOCIATE-RQ (Sta2). PS3.8 Table 9-10 gives AA-1 for an
/// unexpected or invalid PDU there (Evt3, 4, 10, 12, 13, 19): an A-ABORT, then ARTIM; Evt18 in Sta13 closes (AA-2).
/// AA-1 is worded as a service-user abort; PacsLab sends it with the service-provider source (2) and the Table 9-26
/// reason when the provider, not the user, found the fault (see UpperLayerActionDefinitions), as DCMTK does.
/// </summary>
public class BeforeAssociationTests
{
    [Fact]
    public async Task HttpRequest_ToDicomPort_AbortedAndClosedAndLogged()
    {
        await using var scp = new HostileScp();
        await using (var peer = await scp.ConnectAsync())
        {
            await peer.SendAsync(HostilePdus.HttpGet);
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.UnrecognizedPdu);
            await HostileAssert.ClosedAsync(peer, HostileScp.Prompt);
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.False(record.Accepted);
            Assert.Null(record.CallingAeTitle);
            HostileAssert.RecordTellsAbort(record, abort, "47H"); // 'G' read as a PDU type
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task PDataAsFirstPdu_AbortedUnexpectedPduAndClosedByArtim()
    {
        await using var scp = new HostileScp();
        await using (var peer = await scp.ConnectAsync())
        {
            await peer.SendAsync(await HostilePdus.EchoAsync(HostilePdus.VerificationContext));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.UnexpectedPdu);
            // We keep the connection open: ARTIM (started by AA-1) must close it for us.
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.False(record.Accepted);
            HostileAssert.RecordTellsAbort(record, abort, "P-DATA-TF");
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task AssociateRqWith10000Contexts_RefusedAndServerStaysUp()
    {
        await using var scp = new HostileScp();
        await using (var peer = await scp.ConnectAsync())
        {
            await peer.SendAsync(HostilePdus.AssociateRq(HostilePdus.ManyContexts(10_000)));
            var reply = await peer.ReadReplyAsync(HostileScp.Prompt);
            Assert.True(reply.Pdu is AAbort or AAssociateRj, $"expected A-ABORT or A-ASSOCIATE-RJ, got {reply}");
            if (reply.Pdu is AAbort) HostileAssert.Abort(reply, AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.False(record.Accepted);
            HostileAssert.RecordTells(record, reply.Pdu is AAbort ? AssociationOutcomeKind.AbortedLocally : AssociationOutcomeKind.Rejected, "128");
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task AssociateRqWith128Contexts_AllAcceptedAndTheLastOneServes()
    {
        await using var scp = new HostileScp();
        var peer = await scp.ConnectAsync();
        await using (peer)
        {
            await peer.SendAsync(HostilePdus.AssociateRq(HostilePdus.ManyContexts(128)));
            var ac = Assert.IsType<AAssociateAc>((await peer.ReadReplyAsync(HostileScp.Prompt)).Pdu);
            Assert.Equal(128, ac.PresentationContexts.Count(c => c.Result == PresentationContextResultCode.Acceptance));

            await peer.SendAsync(await HostilePdus.EchoAsync(contextId: 255, messageId: 7));
            var data = Assert.IsType<PDataTf>((await peer.ReadReplyAsync(HostileScp.Prompt)).Pdu);
            var pdv = Assert.Single(data.Values);
            Assert.Equal(255, pdv.PresentationContextId);
            var response = await DimseCommandCodec.DecodeAsync(pdv.Data);
            Assert.Equal(DimseCommandField.CEchoRsp, response.CommandField);
            Assert.Equal(7, response.MessageIdBeingRespondedTo);
            Assert.Equal(DimseStatus.Success, response.Status);

            await peer.SendAsync(PduCodec.Encode(new AReleaseRq()));
            Assert.IsType<AReleaseRp>((await peer.ReadReplyAsync(HostileScp.Prompt)).Pdu);
        }
        {
            // As a requestor does on the A-RELEASE-RP (AR-3), we have closed the connection.
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.True(record.Accepted);
            Assert.Equal(128, record.AcceptedContexts.Count);
            Assert.Equal(AssociationOutcomeKind.Released, record.Outcome.Kind);
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task ConnectAndSendNothing_ClosedWhenArtimExpires()
    {
        await using var scp = new HostileScp();
        await using (var peer = await scp.ConnectAsync())
        {
            // Sta2 + Evt18 (ARTIM expired) is AA-2: close the transport, send nothing.
            var reply = await peer.ReadReplyAsync(HostileScp.Artim + HostileScp.Prompt);
            Assert.True(reply.Closed, $"expected the server to close once ARTIM expired, got {reply}");
            Assert.True(reply.Elapsed >= HostileScp.Artim * 0.8, $"closed after {reply.Elapsed.TotalMilliseconds:F0} ms, before ARTIM ({HostileScp.Artim.TotalMilliseconds} ms) expired");
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.False(record.Accepted);
            HostileAssert.RecordTells(record, AssociationOutcomeKind.TimedOut, "A-ASSOCIATE-RQ");
        }
        await scp.AssertStillServesAsync();
    }
}
