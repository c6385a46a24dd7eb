using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom.Network.Client;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Network;

public sealed class PacsDicomServiceTests
{
    private static IReadOnlyList<Dicom.Network.Pdu.PresentationContextProposal> StoreAndEcho() => DicomClient.Proposals(
    [
        (PacsSyntaxes.Verification, PacsSyntaxes.CommandTransferSyntaxes),
        (TestInstance.CtImageStorage, [Dicom.DicomTransferSyntax.ExplicitVRLittleEndian.Uid]),
    ]);

    [Fact]
    public async Task Store_FromKnownAe_IsIndexedAndLoggedWithItsOperation()
    {
        await using var pacs = await RunningPacs.StartAsync();
        await using (var client = await DicomClient.ConnectAsync(pacs.Client(), StoreAndEcho()))
        {
            var response = await client.StoreAsync(RunningPacs.AsFile(new TestInstance()));
            Assert.Equal(0x0000, response.Status.Code);
            await client.ReleaseAsync();
        }

        var instance = await pacs.QueryAsync(db => db.Instances.SingleAsync());
        Assert.Equal("STORESCU", instance.ReceivedFromAeTitle);
        Assert.True(File.Exists(Path.Combine(pacs.Folder.Path, "archive", instance.FilePath)));
        var log = Assert.Single(await pacs.AssociationLogAsync(1));
        Assert.True(log.Accepted);
        Assert.Equal("STORESCU", log.CallingAeTitle);
        Assert.Equal("Released", log.Outcome);
        Assert.Equal(1, log.OperationCount);
        Assert.Contains("CStoreRq", log.Operations);
        Assert.Contains("CT Image Storage", log.Operations);
    }

    [Fact]
    public async Task Associate_UnknownCallingAe_RejectedWithReason3AndLogged()
    {
        await using var pacs = await RunningPacs.StartAsync();

        var error = await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(pacs.Client("CT_DEFAULT"), StoreAndEcho()));

        Assert.Contains("calling-AE-title-not-recognized", error.Message);
        var log = Assert.Single(await pacs.AssociationLogAsync(1));
        Assert.False(log.Accepted);
        Assert.Equal("CT_DEFAULT", log.CallingAeTitle);
        Assert.Contains("reason 3", log.RejectReason);
    }

    [Fact]
    public async Task AeTableEdit_TakesEffectOnTheNextAssociation()
    {
        await using var pacs = await RunningPacs.StartAsync();
        await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(pacs.Client("CT_ROOM1"), StoreAndEcho()));

        await pacs.Directory.SaveAsync(new RemoteAeRecord { AeTitle = "CT_ROOM1", Host = "127.0.0.1", Port = 11113 }, "admin", CancellationToken.None);

        await using var client = await DicomClient.ConnectAsync(pacs.Client("CT_ROOM1"), StoreAndEcho());
        Assert.Equal(0x0000, (await client.EchoAsync()).Status.Code);
        var audit = await pacs.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "ae-added"));
        Assert.Equal("admin", audit.Actor);
        Assert.Contains("CT_ROOM1", audit.After);
    }

    [Fact]
    public async Task CallingAeCheckSwitchedOff_AcceptsAnyAe()
    {
        await using var pacs = await RunningPacs.StartAsync();
        await pacs.Directory.UpdateSettingsAsync(null, false, null, "trainee", CancellationToken.None);

        await using var client = await DicomClient.ConnectAsync(pacs.Client("ANYONE"), StoreAndEcho());
        Assert.Equal(0x0000, (await client.EchoAsync()).Status.Code);
    }

    [Fact]
    public async Task Store_FromAeNotAllowedToStore_RefusedNotAuthorized()
    {
        await using var pacs = await RunningPacs.StartAsync(new Dictionary<string, string?> { ["Pacs:KnownAes:0:MayStore"] = "false" });
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), StoreAndEcho());

        var response = await client.StoreAsync(RunningPacs.AsFile(new TestInstance()));

        Assert.Equal(0x0124, response.Status.Code);
        Assert.Contains("may not store", response.ErrorComment);
        Assert.Equal(0, await pacs.QueryAsync(db => db.Instances.CountAsync()));
    }

    [Fact]
    public async Task Restart_KeepsIndexAndClearsUncommittedIncomingFiles()
    {
        using var folder = new PacsLab.TestKit.TempDirectory("pacslab-pacs");
        await using (var first = await RunningPacs.StartAsync(folder: folder))
        {
            await using var client = await DicomClient.ConnectAsync(first.Client(), StoreAndEcho());
            Assert.Equal(0x0000, (await client.StoreAsync(RunningPacs.AsFile(new TestInstance()))).Status.Code);
            await client.ReleaseAsync();
        }
        File.WriteAllText(Path.Combine(folder.Path, "incoming", "crashed.part"), "half a file");

        await using var second = await RunningPacs.StartAsync(folder: folder);

        Assert.Equal(1, await second.QueryAsync(db => db.Instances.CountAsync()));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(folder.Path, "incoming")));
    }

    [Fact]
    public async Task TwentyConcurrentAssociationsResendingOneStudy_LeaveExactlyOneCopyOfEachInstance()
    {
        await using var pacs = await RunningPacs.StartAsync();
        var instances = Enumerable.Range(1, 10).Select(i => RunningPacs.AsFile(new TestInstance { SopUid = $"1.2.826.0.1.3680043.10.1.1.1.{i}" })).ToList();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var client = await DicomClient.ConnectAsync(pacs.Client(), StoreAndEcho());
            var codes = new List<ushort>();
            foreach (var file in instances) codes.Add((await client.StoreAsync(file)).Status.Code);
            await client.ReleaseAsync();
            return codes;
        }));

        Assert.All(statuses.SelectMany(s => s), code => Assert.Equal(0x0000, code));
        Assert.Equal(10, await pacs.QueryAsync(db => db.Instances.CountAsync()));
        Assert.Equal(10, await pacs.QueryAsync(db => db.Studies.Select(s => s.NumberOfInstances).SingleAsync()));
        Assert.Equal(10, Directory.EnumerateFiles(Path.Combine(pacs.Folder.Path, "archive"), "*.dcm", SearchOption.AllDirectories).Count());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(pacs.Folder.Path, "incoming")));
    }

    [Fact]
    public async Task Start_WithAnAeTitleDicomCannotCarry_FailsSayingWhichSetting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningPacs.StartAsync(new Dictionary<string, string?> { ["Pacs:AeTitle"] = "PACSLAB_MAIN_ARCHIVE" }));

        Assert.Contains("Pacs:AeTitle", error.Message);
        Assert.Contains("at most 16", error.Message);
    }
}
