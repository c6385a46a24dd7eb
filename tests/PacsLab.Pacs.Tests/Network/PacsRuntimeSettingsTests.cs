using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Pdu;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Store;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Network;

/// <summary>The run-time settings beside the association checks: refused SOP classes and transfer syntaxes, and the storage quota.</summary>
public sealed class PacsRuntimeSettingsTests
{
    private const string UltrasoundImageStorage = "1.2.840.10008.5.1.4.1.1.6.1";
    private static readonly string Explicit = DicomTransferSyntax.ExplicitVRLittleEndian.Uid;
    private static readonly string Implicit = DicomTransferSyntax.ImplicitVRLittleEndian.Uid;

    private static AAssociateRq Request(params (string Sop, string[] Syntaxes)[] contexts) =>
        new("PACSLAB", "STORESCU", contexts.Select((c, i) => new PresentationContextProposal((byte)(2 * i + 1), c.Sop, c.Syntaxes)).ToList(), new UserInformation());

    private static async Task<PacsTestBed> BedWithStoreScuAsync()
    {
        var bed = await PacsTestBed.CreateAsync();
        await bed.Directory.SaveAsync(new Index.RemoteAeRecord { AeTitle = "STORESCU", Host = "127.0.0.1", Port = 104 }, "admin", CancellationToken.None);
        return bed;
    }

    private static IReadOnlyList<PresentationContextResult> Decide(AeDirectory directory, AAssociateRq request) =>
        Assert.IsType<AssociationAccepted>(new PacsAssociationPolicy(directory, "PACSLAB").Decide(request, new AssociationPeer(IPAddress.Loopback, 40000))).Contexts;

    [Fact]
    public async Task Negotiate_RefusedSopClass_AnswersResult3AndKeepsOtherContexts()
    {
        await using var bed = await BedWithStoreScuAsync();
        await bed.Directory.UpdateAcceptedSyntaxesAsync([UltrasoundImageStorage], null, "admin", CancellationToken.None);

        var results = Decide(bed.Directory, Request((UltrasoundImageStorage, [Explicit]), (TestInstance.CtImageStorage, [Explicit]), (PacsSyntaxes.Verification, [Implicit])));

        Assert.Equal(PresentationContextResultCode.AbstractSyntaxNotSupported, results[0].Result);
        Assert.Equal(PresentationContextResultCode.Acceptance, results[1].Result);
        Assert.Equal(PresentationContextResultCode.Acceptance, results[2].Result);
    }

    [Fact]
    public async Task Negotiate_AllProposedTransferSyntaxesRefused_AnswersResult4ButVerificationStillWorks()
    {
        await using var bed = await BedWithStoreScuAsync();
        await bed.Directory.UpdateAcceptedSyntaxesAsync(null, [Explicit, Implicit], "admin", CancellationToken.None);

        var results = Decide(bed.Directory, Request((TestInstance.CtImageStorage, [Explicit, Implicit]), (TestInstance.CtImageStorage, [DicomTransferSyntax.JpegLossless.Uid]),
            (PacsSyntaxes.Verification, [Implicit])));

        Assert.Equal(PresentationContextResultCode.TransferSyntaxesNotSupported, results[0].Result);
        Assert.Equal(PresentationContextResultCode.Acceptance, results[1].Result);
        Assert.Equal(PresentationContextResultCode.Acceptance, results[2].Result);
    }

    [Fact]
    public async Task UpdateAcceptedSyntaxes_UnknownUid_ThrowsAndChangesNothing()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.Directory.UpdateAcceptedSyntaxesAsync([UltrasoundImageStorage], null, "admin", CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            bed.Directory.UpdateAcceptedSyntaxesAsync(["1.2.840.10008.5.1.4.1.1.6.1", "1.2.3.4"], null, "admin", CancellationToken.None));

        Assert.Contains("'1.2.3.4' is not a storage SOP class", error.Message);
        Assert.Equal([UltrasoundImageStorage], AcceptedSyntaxSettings.RefusedSopClasses(bed.Directory.Snapshot.Settings));
        Assert.Equal(1, await bed.QueryAsync(db => db.AuditLog.CountAsync(a => a.Action == "accepted-syntaxes-changed")));
    }

    [Fact]
    public async Task UpdateAcceptedSyntaxes_IsAuditedWithBeforeAndAfterAndSurvivesAReload()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.Directory.UpdateAcceptedSyntaxesAsync([UltrasoundImageStorage], [Implicit], "admin", CancellationToken.None);

        var reloaded = new AeDirectory(bed.Contexts, TimeProvider.System);
        await reloaded.LoadAsync(CancellationToken.None);
        var audit = await bed.QueryAsync(db => db.AuditLog.SingleAsync(a => a.Action == "accepted-syntaxes-changed"));

        Assert.Equal([UltrasoundImageStorage], AcceptedSyntaxSettings.RefusedSopClasses(reloaded.Snapshot.Settings));
        Assert.Equal([Implicit], AcceptedSyntaxSettings.RefusedTransferSyntaxes(reloaded.Snapshot.Settings));
        Assert.Contains("\"RefusedSopClasses\":[]", audit.Before);
        Assert.Contains(UltrasoundImageStorage, audit.After);
        Assert.Contains("Ultrasound Image Storage", audit.Summary);
    }

    [Fact]
    public async Task Store_RunTimeQuotaReached_RefusesWithA700AndZeroRemovesIt()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        var store = new InstanceStoreService(bed.Contexts, bed.Archive, bed.WriteLock, bed.Usage, bed.Journal,
            Microsoft.Extensions.Options.Options.Create(bed.Options), TimeProvider.System, NullLogger<InstanceStoreService>.Instance, bed.Directory);
        await bed.Directory.UpdateStorageQuotaAsync(1, bed.Options, "admin", CancellationToken.None);

        var refused = await store.StoreAsync(await bed.StageAsync(new TestInstance()), CancellationToken.None);
        await bed.Directory.UpdateStorageQuotaAsync(0, bed.Options, "admin", CancellationToken.None);
        var stored = await store.StoreAsync(await bed.StageAsync(new TestInstance()), CancellationToken.None);

        Assert.Equal(0xA700, refused.Status.Code);
        Assert.Contains("Storage quota reached", refused.Comment);
        Assert.Equal(StoreOutcomeKind.Stored, stored.Kind);
        Assert.Empty(bed.IncomingFiles());
        var audits = await bed.QueryAsync(db => db.AuditLog.Where(a => a.Action == "storage-quota-changed").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal("{\"StorageQuotaBytes\":1}", audits[1].Before);
        Assert.Equal("{\"StorageQuotaBytes\":0}", audits[1].After);
    }

    [Fact]
    public async Task UpdateStorageQuota_Negative_ThrowsAndKeepsTheConfiguredQuota()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { StorageQuotaBytes = 5_000_000 });

        await Assert.ThrowsAsync<ArgumentException>(() => bed.Directory.UpdateStorageQuotaAsync(-1, bed.Options, "admin", CancellationToken.None));

        Assert.Equal(5_000_000, bed.Directory.StorageQuotaBytes(bed.Options));
    }

    [Fact]
    public async Task AssociationLog_RefusedContext_IsListedWithItsResult()
    {
        await using var pacs = await RunningPacs.StartAsync();
        await pacs.Directory.UpdateAcceptedSyntaxesAsync([UltrasoundImageStorage], null, "admin", CancellationToken.None);

        await using (var client = await DicomClient.ConnectAsync(pacs.Client(), DicomClient.Proposals(
                   [(UltrasoundImageStorage, [Explicit]), (PacsSyntaxes.Verification, PacsSyntaxes.CommandTransferSyntaxes)])))
        {
            await client.EchoAsync();
            await client.ReleaseAsync();
        }

        var row = Assert.Single(await pacs.AssociationLogAsync(1));
        Assert.True(row.Accepted);
        Assert.Contains($"Ultrasound Image Storage ({UltrasoundImageStorage}): result 3, abstract syntax not supported", row.RefusedContexts);
        Assert.DoesNotContain("Verification", row.RefusedContexts);
    }
}
