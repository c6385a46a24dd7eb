using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Tests.Support;
using PacsLab.TestKit;

namespace PacsLab.Pacs.Tests.Network;

public sealed class PacsQueryRetrieveTests
{
    private static IReadOnlyList<PresentationContextProposal> Contexts() => DicomClient.Proposals(
        PacsSyntaxes.QueryRetrieve.Select(uid => (uid, PacsSyntaxes.CommandTransferSyntaxes))
            .Append((TestInstance.CtImageStorage, (IReadOnlyList<string>)[DicomTransferSyntax.ExplicitVRLittleEndian.Uid])));

    private static async Task<RunningPacs> PacsWithStudyAsync(int instances = 3)
    {
        var pacs = await RunningPacs.StartAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());
        for (var i = 1; i <= instances; i++)
            Assert.True((await client.StoreAsync(RunningPacs.AsFile(new TestInstance { SopUid = $"1.2.826.0.1.3680043.10.1.1.1.{i}" }))).Status.IsSuccess);
        await client.ReleaseAsync();
        return pacs;
    }

    private static DicomDataset StudyKeys(string level = "STUDY") => new DicomDataset()
        .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, level)
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.1.1");

    [Fact]
    public async Task Find_StudyRoot_ReturnsTheStudyWithCounts()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());
        var keys = new DicomDataset()
            .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "PID001")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "")
            .AddOrUpdate(PacsTags.NumberOfStudyRelatedInstances, DicomVR.IS, "");

        var matches = new List<DicomDataset>();
        await foreach (var match in client.FindAsync(PacsSyntaxes.StudyRootFind, keys)) matches.Add(match);

        var study = Assert.Single(matches);
        Assert.Equal("1.2.826.0.1.3680043.10.1.1", study.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("3", study.GetString(PacsTags.NumberOfStudyRelatedInstances));
    }

    [Fact]
    public async Task Find_PatientLevelOnStudyRoot_IsRefusedWith0xA900AndTheReason()
    {
        await using var pacs = await PacsWithStudyAsync(1);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var error = await Assert.ThrowsAsync<DicomNetworkException>(async () =>
        {
            await foreach (var _ in client.FindAsync(PacsSyntaxes.StudyRootFind, StudyKeys("PATIENT"))) { }
        });

        Assert.Contains("0xA900", error.Message);
        Assert.Contains("Study Root", error.Message);
    }

    [Fact]
    public async Task Move_ToKnownDestination_SendsEveryInstanceOverOneSubAssociation()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var workstation = new ScpHarness(aeTitle: "RAD_WS1");
        await pacs.Directory.SaveAsync(new RemoteAeRecord { AeTitle = "RAD_WS1", Host = "127.0.0.1", Port = workstation.Port, IsMoveDestination = true }, "admin", CancellationToken.None);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, "RAD_WS1", StudyKeys());

        Assert.Equal(0x0000, final.Status.Code);
        Assert.Equal(3, final.SubOperations!.Completed);
        Assert.Equal(3, workstation.StoredFiles.Count);
        var record = await workstation.NextRecordAsync();
        Assert.Equal("PACSLAB", record.CallingAeTitle);
        Assert.Equal(3, record.Operations.Count);
        // What arrives is what the archive holds, byte for byte.
        var archive = pacs.Services.GetRequiredService<PacsLab.Pacs.Storage.InstanceArchive>();
        var archived = await pacs.QueryAsync(db => db.Instances.ToDictionaryAsync(i => i.SopInstanceUid, i => i.FilePath));
        foreach (var received in workstation.StoredFiles)
        {
            var file = await DicomFile.OpenAsync(received);
            var original = archive.FullPath(archived[file.Dataset.GetString(DicomTags.SOPInstanceUID)!]);
            Assert.Equal(await DataSetBytesAsync(original), await DataSetBytesAsync(received));
        }
    }

    private static async Task<byte[]> DataSetBytesAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        return bytes[(int)PacsLab.Pacs.Reconcile.DataSetOffset.Find(bytes)..];
    }

    [Fact]
    public async Task Move_ToUnknownDestination_Is0xA801NamingIt()
    {
        await using var pacs = await PacsWithStudyAsync(1);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, "NOWHERE", StudyKeys());

        Assert.Equal(0xA801, final.Status.Code);
        Assert.Contains("NOWHERE", final.ErrorComment);
    }

    [Fact]
    public async Task Move_AeTableEntryNotMarkedAsDestination_Is0xA801()
    {
        await using var pacs = await PacsWithStudyAsync(1);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, "STORESCU", StudyKeys());

        Assert.Equal(0xA801, final.Status.Code);
    }

    [Fact]
    public async Task Move_WithoutStudyUid_IsRefusedWith0xA900()
    {
        await using var pacs = await PacsWithStudyAsync(1);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());
        await pacs.Directory.SaveAsync(new RemoteAeRecord { AeTitle = "STORESCU", Host = "127.0.0.1", Port = 11199, IsMoveDestination = true }, "admin", CancellationToken.None);

        var final = await client.MoveAsync(PacsSyntaxes.StudyRootMove, "STORESCU",
            new DicomDataset().AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY").AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, ""));

        Assert.Equal(0xA900, final.Status.Code);
    }

    [Fact]
    public async Task Get_SeriesLevel_ReturnsTheInstancesOnTheSameAssociation()
    {
        await using var pacs = await PacsWithStudyAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts(),
            roles: [new RoleSelection(TestInstance.CtImageStorage, ScuRole: false, ScpRole: true)]);
        var received = new List<string?>();
        var keys = StudyKeys("SERIES").AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.1.1.1");

        var final = await client.GetAsync(PacsSyntaxes.StudyRootGet, keys, async (command, data, ct) =>
        {
            received.Add((await data.ReadAsync(cancellationToken: ct)).GetString(DicomTags.SOPInstanceUID));
            return DimseResult.Success;
        });

        Assert.Equal(0x0000, final.Status.Code);
        Assert.Equal(3, received.Count);
    }

    [Fact]
    public async Task Find_FromAeThatMayNotQuery_IsNotAuthorized()
    {
        await using var pacs = await PacsWithStudyAsync(1);
        await pacs.Directory.SaveAsync(new RemoteAeRecord { AeTitle = "STORESCU", Host = "127.0.0.1", Port = 11199, MayQuery = false }, "admin", CancellationToken.None);
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), Contexts());

        var error = await Assert.ThrowsAsync<DicomNetworkException>(async () =>
        {
            await foreach (var _ in client.FindAsync(PacsSyntaxes.StudyRootFind, StudyKeys())) { }
        });

        Assert.Contains("0x0124", error.Message);
    }
}
