using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Store;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

public sealed class ArchiveReconcilerRebuildTests
{
    private const string Actor = "admin:trainee1";

    /// <summary>The index's hierarchy without keys and times, which a rebuild re-creates.</summary>
    private static Task<string> HierarchyAsync(ReconcileBed bed) => bed.Bed.QueryAsync(async db => string.Join(Environment.NewLine,
        (await db.Studies.Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances).ToListAsync())
        .OrderBy(s => s.StudyInstanceUid, StringComparer.Ordinal)
        .Select(s => $"{s.Patient!.PatientId} {s.Patient.PatientName} | {s.StudyInstanceUid} {s.AccessionNumber} {s.ModalitiesInStudy} " +
                     $"{s.NumberOfSeries}/{s.NumberOfInstances}/{s.SizeBytes} {s.PatientIdentityConflict} {s.DeletedAt} | " +
                     string.Join("; ", s.Series.OrderBy(x => x.SeriesInstanceUid, StringComparer.Ordinal).Select(x =>
                         $"{x.SeriesInstanceUid} {x.Modality} {x.NumberOfInstances}: " + string.Join(",", x.Instances.OrderBy(i => i.SopInstanceUid, StringComparer.Ordinal)
                             .Select(i => $"{i.SopInstanceUid} {i.FilePath} {i.SizeBytes} {i.ContentHash} {i.TransferSyntaxUid} {i.ReceivedFromAeTitle}")))))));

    [Fact]
    public async Task Rebuild_AfterAllInstanceRowsWereDeleted_RestoresTheHierarchyWithTheRightCounts()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var before = await HierarchyAsync(bed);
        await bed.Bed.QueryAsync(db => db.Instances.ExecuteDeleteAsync());

        var result = await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal((5, 2, 2, 3, 5), (result.FilesRead, result.Patients, result.Studies, result.Series, result.Instances));
        Assert.Empty(result.Problems);
        Assert.Equal("rebuilt the index from 5 archive files: 2 patients, 2 studies, 3 series, 5 instances; 0 files left out", result.Summary);
        Assert.Equal(before, await HierarchyAsync(bed));
        Assert.True((await bed.Reconciler.CheckAsync(CancellationToken.None)).IsClean);
    }

    [Fact]
    public async Task Rebuild_AfterTheWholeHierarchyWasDeleted_RecreatesPatientsStudiesSeriesAndInstances()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var before = await HierarchyAsync(bed);
        await bed.Bed.QueryAsync(async db =>
        {
            await db.Instances.ExecuteDeleteAsync();
            await db.Series.ExecuteDeleteAsync();
            await db.Studies.ExecuteDeleteAsync();
            return await db.Patients.ExecuteDeleteAsync();
        });

        var result = await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal((2, 2, 3, 5), (result.Patients, result.Studies, result.Series, result.Instances));
        Assert.Equal(before, await HierarchyAsync(bed));
        Assert.Equal(2, await bed.Bed.QueryAsync(db => db.Patients.CountAsync()));
    }

    [Fact]
    public async Task Rebuild_UnreadableFile_IsReportedAndTheRestIndexed()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        Directory.CreateDirectory(bed.Bed.Archive.FullPath("ab"));
        await File.WriteAllTextAsync(bed.Bed.Archive.FullPath(Path.Combine("ab", "broken.dcm")), "this is not DICOM");

        var result = await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal((6, 5), (result.FilesRead, result.Instances));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ReconcileFindingKind.UnreadableFile, "archive/ab/broken.dcm"), (problem.Kind, problem.Path));
        Assert.StartsWith("archive/ab/broken.dcm cannot be read as DICOM (", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("1 file left out", result.Summary, StringComparison.Ordinal);
        var after = await bed.Reconciler.CheckAsync(CancellationToken.None);
        Assert.Equal((5, 1), (after.InstancesChecked, after.OrphanFiles));
    }

    [Fact]
    public async Task Rebuild_KeepsAeTableSettingsAndLogsAndAuditsItself()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.Bed.QueryAsync(async db =>
        {
            db.RemoteAes.Add(new RemoteAeRecord { AeTitle = "CT_ROOM1", Host = "127.0.0.1", Port = 104 });
            db.AssociationLog.Add(new AssociationLogRecord { Outcome = "accepted", OutcomeDescription = "fine", CallingAeTitle = "CT_ROOM1" });
            return await db.SaveChangesAsync();
        });
        var auditsBefore = await bed.Bed.QueryAsync(db => db.AuditLog.CountAsync());

        await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal("CT_ROOM1", (await bed.Bed.QueryAsync(db => db.RemoteAes.SingleAsync())).AeTitle);
        Assert.Equal(1, await bed.Bed.QueryAsync(db => db.AssociationLog.CountAsync()));
        Assert.Equal(1, await bed.Bed.QueryAsync(db => db.Settings.CountAsync()));
        Assert.Equal(auditsBefore + 1, await bed.Bed.QueryAsync(db => db.AuditLog.CountAsync()));
        var audit = Assert.Single(await bed.Corrections.AuditAsync("index-rebuilt"));
        Assert.Equal(Actor, audit.Actor);
        Assert.Contains("2 patients, 2 studies, 3 series, 5 instances", audit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_AfterACorrection_TakesTheCorrectedAttributesFromTheFiles()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.Corrections.Service.EditPatientAsync(new PatientRef("PID001"), new PatientEdit { PatientName = "DOE^JANET" }, Actor);
        await bed.Corrections.Service.EditStudyAsync(ReconcileBed.StudyB, new StudyEdit { AccessionNumber = "ACC777" }, Actor);
        await bed.Bed.QueryAsync(db => db.Patients.ExecuteUpdateAsync(p => p.SetProperty(x => x.PatientName, "WRONG^NAME")));

        await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal("DOE^JANET", (await bed.Corrections.StudyAsync(ReconcileBed.StudyA)).Patient!.PatientName);
        Assert.Equal("ACC777", (await bed.Corrections.StudyAsync(ReconcileBed.StudyB)).AccessionNumber);
    }

    [Fact]
    public async Task Rebuild_KeepsRecycleBinStateAndWhereInstancesCameFrom()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.Corrections.Service.DeleteStudyAsync(ReconcileBed.StudyB, Actor);
        var deletedAt = (await bed.Corrections.StudyAsync(ReconcileBed.StudyB)).DeletedAt;

        await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        var study = await bed.Corrections.StudyAsync(ReconcileBed.StudyB);
        Assert.NotNull(study.DeletedAt);
        Assert.Equal(deletedAt, study.DeletedAt);
        Assert.All(study.Series.SelectMany(s => s.Instances), i => Assert.Equal("CT_ROOM1", i.ReceivedFromAeTitle));
    }

    [Fact]
    public async Task Rebuild_SecondCopyOfAnInstance_KeepsTheIndexedOneAndReportsTheOther()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var uid = ReconcileBed.StudyA + ".1.2";
        var indexedPath = await bed.FilePathOfAsync(uid);
        File.Copy(bed.Bed.Archive.FullPath(indexedPath), bed.Bed.Archive.FullPath("zz-copy.dcm"));

        var result = await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ReconcileFindingKind.NotIndexable, uid, "archive/zz-copy.dcm"), (problem.Kind, problem.SopInstanceUid, problem.Path));
        Assert.Equal(indexedPath, await bed.FilePathOfAsync(uid));
        Assert.Equal(5, result.Instances);
    }

    [Fact]
    public async Task Rebuild_InstanceWithAnotherPatientId_FlagsTheStudyAsTheStoreDid()
    {
        await using var bed = await ReconcileBed.CreateAsync();
        var first = new TestInstance { PatientId = "PID001", SopUid = "1.2.826.0.1.3680043.10.1.1.1.1" };
        Assert.True((await bed.Bed.StoreAsync(first)).Status.IsSuccess);
        var second = await bed.Bed.StoreAsync(first with { PatientId = "PID00I", SopUid = "1.2.826.0.1.3680043.10.1.1.1.2", PixelFill = 9 });
        Assert.Equal(StoreOutcomeKind.Stored, second.Kind);
        var before = await HierarchyAsync(bed);

        await bed.Reconciler.RebuildAsync(Actor, CancellationToken.None);

        Assert.Equal(before, await HierarchyAsync(bed));
        Assert.NotNull((await bed.Corrections.StudyAsync(first.StudyUid)).PatientIdentityConflict);
    }
}
