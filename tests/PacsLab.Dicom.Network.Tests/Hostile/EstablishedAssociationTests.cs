using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Dicom.Network.Tests.Hostile;

/// <summary>
/// Hostile PDUs on an established association (Sta6). PS3.8 Table 9-10: an invalid or unrecognized PDU (Evt19) is
/// AA-8, an A-ABORT with the service-provider source (2) and the reason of Table 9-26, then ARTIM.
/// </summary>
public class EstablishedAssociationTests
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    [Fact]
    public async Task PDataLongerThanAnnouncedMaximum_AbortedReason6()
    {
        await using var scp = new HostileScp(maxPduLength: 4096);
        var (peer, ac) = await scp.AssociateAsync();
        await using (peer)
        {
            Assert.Equal(4096u, ac.UserInformation.MaximumLength);
            // One command fragment, not last, making the P-DATA-TF variable field 4097 bytes: one over.
            var oversize = PduCodec.Encode(new PDataTf([new PresentationDataValue(HostilePdus.VerificationContext, true, false, new byte[4097 - 6])]));
            await peer.SendAsync(oversize);
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.True(record.Accepted);
            HostileAssert.RecordTellsAbort(record, abort, "4096");
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task PDataOfExactlyAnnouncedMaximum_IsServed()
    {
        await using var scp = new HostileScp(maxPduLength: 4096);
        var (peer, _) = await scp.AssociateAsync(
            [new PresentationContextProposal(1, CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])]);
        await using (peer)
        {
            // The data set as one last fragment whose P-DATA-TF variable field is exactly 4096 bytes (6 of PDV header).
            var dataSet = await CtDataSetOfLengthAsync(4096 - 6);
            var command = DimseCommands.StoreRequest(3, CtImageStorage, "1.2.826.0.1.3680043.9999.3");
            command.HasDataSet = true;
            await peer.SendAsync(HostilePdus.Command(1, await DimseCommandCodec.EncodeAsync(command)));
            var full = PduCodec.Encode(new PDataTf([new PresentationDataValue(1, false, true, dataSet)]));
            Assert.Equal(4096 + PduCodec.HeaderLength, full.Length);
            await peer.SendAsync(full);

            var data = Assert.IsType<PDataTf>((await peer.ReadReplyAsync(HostileScp.Prompt)).Pdu);
            var response = await DimseCommandCodec.DecodeAsync(Assert.Single(data.Values).Data);
            Assert.Equal(DimseCommandField.CStoreRsp, response.CommandField);
            Assert.Equal(DimseStatus.Success, response.Status);
            Assert.Single(scp.Harness.StoredFiles);
        }
        await scp.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    public async Task PdvItemLengthUnderTwo_AbortedReason6(uint pdvLength)
    {
        await using var scp = new HostileScp();
        var (peer, _) = await scp.AssociateAsync();
        await using (peer)
        {
            await peer.SendAsync(HostilePdus.PDataWithPdvLength(pdvLength, [HostilePdus.VerificationContext, 0x03]));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            HostileAssert.RecordTellsAbort(await scp.RecordOfAsync(peer.LocalPort), abort, "presentation data value");
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task PdvItemLengthPastPduEnd_AbortedReason6()
    {
        await using var scp = new HostileScp();
        var (peer, _) = await scp.AssociateAsync();
        await using (peer)
        {
            // The PDV claims 1000 bytes; the PDU holds 6 after its length field.
            await peer.SendAsync(HostilePdus.PDataWithPdvLength(1000, [HostilePdus.VerificationContext, 0x03, 1, 2, 3, 4]));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            HostileAssert.RecordTellsAbort(await scp.RecordOfAsync(peer.LocalPort), abort, "past the end");
        }
        await scp.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(HostilePdus.RefusedContext)] // proposed, refused in the AC
    [InlineData((byte)2)] // even: never a valid ID (PS3.8 9.3.2.2)
    [InlineData((byte)99)] // never proposed
    public async Task PDataOnContextNotAccepted_AbortedReason6(byte contextId)
    {
        await using var scp = new HostileScp();
        var (peer, ac) = await scp.AssociateAsync();
        await using (peer)
        {
            Assert.DoesNotContain(ac.PresentationContexts, c => c.Id == contextId && c.Result == PresentationContextResultCode.Acceptance);
            await peer.SendAsync(await HostilePdus.EchoAsync(contextId));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            var record = await scp.RecordOfAsync(peer.LocalPort);
            HostileAssert.RecordTellsAbort(record, abort, $"presentation context {contextId}");
            Assert.Empty(record.Operations);
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task UnknownPduType09_AbortedReason1()
    {
        await using var scp = new HostileScp();
        var (peer, _) = await scp.AssociateAsync();
        await using (peer)
        {
            await peer.SendAsync(HostilePdus.Raw(0x09, 4, [0, 0, 0, 0]));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.UnrecognizedPdu);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            HostileAssert.RecordTellsAbort(await scp.RecordOfAsync(peer.LocalPort), abort, "09H");
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task AssociateRqHeaderClaiming4GiB_OnEstablishedAssociation_AbortedReason6()
    {
        await using var scp = new HostileScp();
        var (peer, _) = await scp.AssociateAsync();
        await using (peer)
        {
            await peer.SendAsync(HostilePdus.Raw((byte)PduType.AAssociateRq, uint.MaxValue, new byte[64]));
            var abort = HostileAssert.Abort(await peer.ReadReplyAsync(HostileScp.Prompt), AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue);
            await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            HostileAssert.RecordTellsAbort(await scp.RecordOfAsync(peer.LocalPort), abort, uint.MaxValue.ToString());
        }
        await scp.AssertStillServesAsync();
    }

    [Fact]
    public async Task StallInsideAPdu_PastIdleTimeout_AbortedAndClosed()
    {
        await using var scp = new HostileScp();
        var (peer, _) = await scp.AssociateAsync();
        await using (peer)
        {
            // A P-DATA-TF header announcing 100 bytes, then 10 of them, then nothing.
            await peer.SendAsync(HostilePdus.Raw((byte)PduType.PDataTf, 100, new byte[10]));
            var reply = await peer.ReadReplyAsync(HostileScp.Idle + HostileScp.Prompt);
            Assert.False(reply.Silent, $"the server was still waiting {reply.Elapsed.TotalSeconds:F1} s after a stall; idle timeout is {HostileScp.Idle.TotalSeconds} s");
            Assert.True(reply.Elapsed >= HostileScp.Idle * 0.8, $"the server gave up after {reply.Elapsed.TotalMilliseconds:F0} ms, before the idle timeout");
            if (reply.Pdu is not null)
            {
                Assert.IsType<AAbort>(reply.Pdu);
                await HostileAssert.ClosedAsync(peer, HostileScp.Artim + HostileScp.Prompt);
            }
            var record = await scp.RecordOfAsync(peer.LocalPort);
            Assert.True(record.Accepted);
            HostileAssert.RecordTells(record, AssociationOutcomeKind.TimedOut, $"{HostileScp.Idle.TotalSeconds:F0} s");
        }
        await scp.AssertStillServesAsync();
    }

    /// <summary>A CT data set in explicit VR little endian whose encoding is exactly <paramref name="length"/> bytes (even).</summary>
    private static async Task<byte[]> CtDataSetOfLengthAsync(int length)
    {
        DicomDataset Build(int pixels) => new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.9999.3")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Hostile^Boundary")
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, new byte[pixels]);
        var probe = await DicomDatasetSerializer.SerializeAsync(Build(0), DicomTransferSyntax.ExplicitVRLittleEndian);
        var bytes = await DicomDatasetSerializer.SerializeAsync(Build(length - probe.Length), DicomTransferSyntax.ExplicitVRLittleEndian);
        Assert.Equal(length, bytes.Length);
        return bytes;
    }
}
