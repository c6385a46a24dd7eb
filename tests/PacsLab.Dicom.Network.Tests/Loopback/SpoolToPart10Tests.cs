using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Network.Tests.Loopback;

/// <summary>A spooled data set is a complete Part 10 file, so a store handler can move it into place without copying.</summary>
public class SpoolToPart10Tests
{
    private sealed class MovingStore(string folder) : ICStoreHandler
    {
        public List<string> Moved { get; } = [];
        public List<string?> ReadBeforeMove { get; } = [];

        public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
        {
            ReadBeforeMove.Add((await dataSet.ReadAsync(cancellationToken: cancellationToken)).GetString(DicomTags.PatientID));
            var destination = Path.Combine(folder, $"{Guid.NewGuid():N}.dcm");
            Assert.True(dataSet.TryMoveSpoolFile(destination));
            Moved.Add(destination);
            return DimseResult.Success;
        }
    }

    [Fact]
    public async Task Store_WithSpoolThresholdZero_HandlerMovesAValidPart10File()
    {
        using var folder = new TempDirectory();
        var handler = new MovingStore(folder.Path);
        var options = new AssociationOptions { SpoolThreshold = 0, SpoolDirectory = folder.File("spool"), MaxPduLength = 16384 };
        await using var server = new DicomServer(new DicomServerOptions { Association = options }, ScpHarness.AcceptAll(), new DimseServiceHandlers { Store = handler });
        server.Start();

        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.2")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.9.1")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "SPOOL-1")
            .AddOrUpdate(DicomTags.PixelData, DicomVR.OW, Enumerable.Range(0, 200_000).Select(i => (byte)i).ToArray());
        await using (var client = await DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CalledAeTitle = ScpHarness.AeTitle, CallingAeTitle = "CT_ROOM1" },
            DicomClient.Proposals([("1.2.840.10008.5.1.4.1.1.2", [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])])))
        {
            Assert.Equal(DimseStatus.Success, (await client.StoreAsync(DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian))).Status);
            await client.ReleaseAsync();
        }

        Assert.Equal(["SPOOL-1"], handler.ReadBeforeMove);
        var stored = await DicomFile.OpenAsync(Assert.Single(handler.Moved));
        Assert.Equal(DicomTransferSyntax.ImplicitVRLittleEndian, stored.TransferSyntax);
        Assert.Equal("1.2.826.0.1.3680043.2.1125.9.1", stored.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID));
        Assert.Equal("SPOOL-1", stored.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal("CT_ROOM1", stored.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle));
        Assert.True(((DicomElement)ds[DicomTags.PixelData]!).Value.Span.SequenceEqual(((DicomElement)stored.Dataset[DicomTags.PixelData]!).Value.Span));
        Assert.Empty(Directory.GetFiles(folder.File("spool")));
    }

    private sealed class TakingStore(string folder) : ICStoreHandler
    {
        public List<(string Path, long Offset, bool WasSpooled)> Taken { get; } = [];

        public async Task<DimseResult> StoreAsync(DimseRequestContext context, DimseCommand request, IncomingDataSet dataSet, CancellationToken cancellationToken)
        {
            var spooled = dataSet.SpoolPath;
            var (path, offset) = await dataSet.TakeAsPart10FileAsync(folder, request, context.CallingAeTitle, cancellationToken);
            Taken.Add((path, offset, spooled == path));
            return DimseResult.Success;
        }
    }

    [Theory]
    [InlineData(0L, true)]
    [InlineData(1024L * 1024, false)]
    public async Task TakeAsPart10File_SpooledOrInMemory_GivesTheSameCompleteFileAndKeepsIt(long threshold, bool expectSpooled)
    {
        using var folder = new TempDirectory();
        var handler = new TakingStore(folder.Path);
        var options = new AssociationOptions { SpoolThreshold = threshold, SpoolDirectory = folder.File("spool") };
        await using var server = new DicomServer(new DicomServerOptions { Association = options }, ScpHarness.AcceptAll(), new DimseServiceHandlers { Store = handler });
        server.Start();
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.2.1125.9.2")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "TAKE-1");
        await using (var client = await DicomClient.ConnectAsync(
            new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CalledAeTitle = ScpHarness.AeTitle, CallingAeTitle = "CR_ER" },
            DicomClient.Proposals([("1.2.840.10008.5.1.4.1.1.7", [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])])))
        {
            Assert.Equal(DimseStatus.Success, (await client.StoreAsync(DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian))).Status);
            await client.ReleaseAsync();
        }

        var (path, offset, wasSpooled) = Assert.Single(handler.Taken);
        Assert.Equal(expectSpooled, wasSpooled);
        Assert.True(File.Exists(path), "the taken file must survive the end of the association");
        var stored = await DicomFile.OpenAsync(path);
        Assert.Equal("TAKE-1", stored.Dataset.GetString(DicomTags.PatientID));
        Assert.Equal("1.2.826.0.1.3680043.2.1125.9.2", stored.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID));
        Assert.Equal("CR_ER", stored.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle));
        using var header = new MemoryStream();
        await new DicomFile(stored.FileMetaInformation, new DicomDataset()).WriteAsync(header);
        Assert.Equal(header.Length, offset);
    }
}
