using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>Our SCU against our SCP over real sockets on 127.0.0.1.</summary>
public class LoopbackTests
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    private static DicomClientOptions To(ScpHarness scp, string calling = "CT_ROOM1", string called = ScpHarness.AeTitle) =>
        new() { Host = "127.0.0.1", Port = scp.Port, CallingAeTitle = calling, CalledAeTitle = called };

    private static IReadOnlyList<PresentationContextProposal> EchoAndCt() => DicomClient.Proposals(
    [
        (DimseCommands.VerificationSopClassUid, [DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
        (CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
    ]);

    private static DicomFile CtFile(int pixelBytes = 512)
    {
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, CtImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, DicomUidGenerator.Generate())
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "Loop^Back")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "LB-1")
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Enumerable.Range(0, pixelBytes).Select(i => (byte)i).ToArray());
        return DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian);
    }

    [Fact]
    public async Task Echo_OurScuToOurScp_SucceedsAndIsLogged()
    {
        await using var scp = new ScpHarness();
        await using (var client = await DicomClient.ConnectAsync(To(scp), EchoAndCt()))
        {
            var response = await client.EchoAsync();
            Assert.Equal(DimseStatus.Success, response.Status);
            await client.ReleaseAsync();
            Assert.Equal(AssociationOutcomeKind.Released, (await client.Association.Completion).Kind);
        }
        var record = await scp.NextRecordAsync();
        Assert.Equal("CT_ROOM1", record.CallingAeTitle);
        Assert.True(record.Accepted);
        Assert.Equal(AssociationOutcomeKind.Released, record.Outcome.Kind);
        Assert.Equal(DimseCommandField.CEchoRq, Assert.Single(record.Operations).Operation);
        Assert.True(record.BytesReceived > 0 && record.BytesSent > 0);
    }

    [Fact]
    public async Task Associate_UnknownCallingAe_RejectedWithReason3InPlainWords()
    {
        await using var scp = new ScpHarness(ScpHarness.AcceptAll(checkCallingAe: true, new KnownPeer("CT_ROOM1")));
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(To(scp, calling: "CT_DEFAULT"), EchoAndCt()));
        Assert.Contains("does not recognize the calling AE title", ex.Message);
        Assert.Contains("source 1, reason 3", ex.Message);
        var record = await scp.NextRecordAsync();
        Assert.False(record.Accepted);
        Assert.Contains("'CT_DEFAULT' is not in the AE table", record.RejectReason);
    }

    [Fact]
    public async Task Associate_WrongCalledAe_RejectedWithReason7()
    {
        await using var scp = new ScpHarness();
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(To(scp, called: "PACS"), EchoAndCt()));
        Assert.Contains("reason 7", ex.Message);
    }

    [Fact]
    public async Task Connect_NothingListening_SaysConnectionRefused()
    {
        int port;
        await using (var scp = new ScpHarness()) port = scp.Port;
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() =>
            DicomClient.ConnectAsync(new DicomClientOptions { Host = "127.0.0.1", Port = port }, EchoAndCt()));
        Assert.Contains("connection refused", ex.Message);
    }

    [Fact]
    public async Task Store_LargeDataSetWithSmallPdus_ArrivesIntact()
    {
        var options = new AssociationOptions { MaxPduLength = 4096, SpoolThreshold = 64 * 1024 };
        await using var scp = new ScpHarness(association: options with { SpoolDirectory = Path.Combine(Path.GetTempPath(), "pacslab-test-spool") });
        var file = CtFile(pixelBytes: 3 * 1024 * 1024);
        await using (var client = await DicomClient.ConnectAsync(To(scp) with { Association = options }, EchoAndCt()))
        {
            var response = await client.StoreAsync(file);
            Assert.Equal(DimseStatus.Success, response.Status);
            Assert.Equal(file.Dataset.GetString(DicomTags.SOPInstanceUID), response.AffectedSopInstanceUid);
            await client.ReleaseAsync();
        }
        var stored = await DicomFile.OpenAsync(Assert.Single(scp.StoredFiles));
        Assert.Equal("Loop^Back", stored.Dataset.GetString(DicomTags.PatientName));
        Assert.True(((DicomElement)file.Dataset[DicomTags.PixelData]!).Value.Span.SequenceEqual(((DicomElement)stored.Dataset[DicomTags.PixelData]!).Value.Span));
    }

    [Fact]
    public async Task Store_FileInBigEndianWhenOnlyLittleEndianAccepted_IsConverted()
    {
        await using var scp = new ScpHarness();
        var file = DicomFile.Create(CtFile().Dataset, DicomTransferSyntax.ExplicitVRBigEndian);
        await using var client = await DicomClient.ConnectAsync(To(scp), EchoAndCt());
        Assert.Equal(DimseStatus.Success, (await client.StoreAsync(file)).Status);
        await client.ReleaseAsync();
        var stored = await DicomFile.OpenAsync(Assert.Single(scp.StoredFiles));
        Assert.Equal(DicomTransferSyntax.ExplicitVRLittleEndian, stored.TransferSyntax);
    }

    [Fact]
    public async Task Store_CompressedFileWhenOnlyUncompressedAccepted_RefusesClearly()
    {
        await using var scp = new ScpHarness();
        var file = DicomFile.Create(CtFile().Dataset, DicomTransferSyntax.JpegLossless);
        await using var client = await DicomClient.ConnectAsync(To(scp), EchoAndCt());
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => client.StoreAsync(file));
        Assert.Contains("cannot convert compressed pixel data", ex.Message);
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Associate_OverTheLimit_TransientRejectLocalLimitExceeded()
    {
        await using var scp = new ScpHarness(maxAssociations: 1);
        await using var first = await DicomClient.ConnectAsync(To(scp), EchoAndCt());
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(To(scp), EchoAndCt()));
        Assert.Contains("temporarily", ex.Message);
        Assert.Contains("result 2", ex.Message);
        Assert.Contains("source 3, reason 2", ex.Message);
        Assert.Equal(DimseStatus.Success, (await first.EchoAsync()).Status);
        await first.ReleaseAsync();
    }

    [Fact]
    public async Task Store_ManyConcurrentAssociations_NothingLost()
    {
        await using var scp = new ScpHarness(maxAssociations: 20);
        var files = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, 5).Select(_ => CtFile()).ToList()).ToList();
        await Task.WhenAll(files.Select(async batch =>
        {
            await using var client = await DicomClient.ConnectAsync(To(scp), EchoAndCt());
            foreach (var f in batch) Assert.Equal(DimseStatus.Success, (await client.StoreAsync(f)).Status);
            await client.ReleaseAsync();
        }));
        var expected = files.SelectMany(b => b).Select(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)).Order().ToList();
        var stored = new List<string?>();
        foreach (var path in scp.StoredFiles) stored.Add((await DicomFile.OpenAsync(path)).Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(expected, stored.Order().ToList());
    }
}
