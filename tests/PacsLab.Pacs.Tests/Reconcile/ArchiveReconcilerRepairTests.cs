using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Reconcile;
using PacsLab.Pacs.Tests.Corrections;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Reconcile;

public sealed class ArchiveReconcilerRepairTests
{
    private const string StrayStudy = "1.2.826.0.1.3680043.10.7.9";
    private static readonly ReconcileRepairOptions Repair = new() { Actor = "admin:trainee1" };

    private static TestInstance Stray(string sopSuffix = "1", string studyUid = StrayStudy, string patientId = "PID009") => new()
    {
        PatientId = patientId, PatientName = "STRAY^SAM", StudyUid = studyUid, SeriesUid = $"{studyUid}.1", SopUid = $"{studyUid}.1.{sopSuffix}", Modality = "CR",
    };

    [Fact]
    public async Task Repair_StrayInstance_IndexesItWhereItLiesAsAStoreWould()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var path = await bed.DropStrayAsync(Stray(), Path.Combine("stray", "found.dcm"));

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Equal(1, result.Before.OrphanFiles);
        var fix = Assert.Single(result.Fixes);
        Assert.Equal((ReconcileFindingKind.OrphanFile, $"{StrayStudy}.1.1", "archive/stray/found.dcm"), (fix.Fixed, fix.SopInstanceUid, fix.Path));
        Assert.Empty(result.NotRepaired);
        Assert.True(result.After.IsClean);
        Assert.Equal(6, result.After.InstancesChecked);
        var study = await bed.Corrections.StudyAsync(StrayStudy);
        Assert.Equal(("PID009", "STRAY^SAM", "CR", 1, 1), (study.Patient!.PatientId, study.Patient.PatientName, study.ModalitiesInStudy, study.NumberOfSeries, study.NumberOfInstances));
        var instance = study.Series.Single().Instances.Single();
        Assert.Equal((Path.Combine("stray", "found.dcm"), new FileInfo(path).Length, "CT_ROOM9"), (instance.FilePath, instance.SizeBytes, instance.ReceivedFromAeTitle));
        Assert.Equal(instance.SizeBytes, study.SizeBytes);
        await AuditAssert.SingleAsync(bed.Corrections, "orphan-indexed", $"instance {StrayStudy}.1.1", "{}", "\"filePath\":\"stray/found.dcm\"");
    }

    [Fact]
    public async Task Repair_StrayInstanceOfAStoredStudy_JoinsThatStudyAndUpdatesItsCounts()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.DropStrayAsync(new TestInstance
        {
            PatientId = "PID002", PatientName = "ROE^RICHARD", StudyUid = ReconcileBed.StudyB, SeriesUid = ReconcileBed.StudyB + ".1",
            SopUid = ReconcileBed.StudyB + ".1.3", Modality = "MR",
        }, "extra.dcm");

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.True(result.After.IsClean);
        var study = await bed.Corrections.StudyAsync(ReconcileBed.StudyB);
        Assert.Equal((1, 3, 3), (study.NumberOfSeries, study.NumberOfInstances, study.Series.Single().NumberOfInstances));
        Assert.Equal(study.Series.Single().Instances.Sum(i => i.SizeBytes), study.SizeBytes);
    }

    [Fact]
    public async Task Repair_SecondCopyOfAnIndexedInstance_LeavesItAndSaysWhy()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var indexed = bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(ReconcileBed.StudyB + ".1.1"));
        File.Copy(indexed, bed.Bed.Archive.FullPath("copy.dcm"));

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Empty(result.Fixes);
        var left = Assert.Single(result.NotRepaired);
        Assert.Equal((ReconcileFindingKind.NotIndexable, ReconcileBed.StudyB + ".1.1"), (left.Kind, left.SopInstanceUid));
        Assert.Contains("already indexed", left.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.After.OrphanFiles);
        Assert.Equal(5, result.After.InstancesChecked);
    }

    [Fact]
    public async Task Repair_FileMovedWithinTheArchive_PointsItsRowAtTheNewPlaceAndKeepsTheStudy()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var uid = ReconcileBed.StudyB + ".1.1";
        var oldPath = await bed.FilePathOfAsync(uid);
        var createdAt = (await bed.Corrections.StudyAsync(ReconcileBed.StudyB)).CreatedAt;
        Directory.CreateDirectory(bed.Bed.Archive.FullPath("moved"));
        File.Move(bed.Bed.Archive.FullPath(oldPath), bed.Bed.Archive.FullPath(Path.Combine("moved", "b1.dcm")));

        var check = await bed.Reconciler.CheckAsync(CancellationToken.None);
        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Contains("archive/moved/b1.dcm holds the same instance: the file was probably moved",
            check.Findings.Single(f => f.Kind == ReconcileFindingKind.MissingFile).Message, StringComparison.Ordinal);
        Assert.Contains("the file was probably moved here", check.Findings.Single(f => f.Kind == ReconcileFindingKind.OrphanFile).Message, StringComparison.Ordinal);
        var fix = Assert.Single(result.Fixes);
        Assert.Equal((ReconcileFindingKind.MissingFile, uid, "archive/moved/b1.dcm"), (fix.Fixed, fix.SopInstanceUid, fix.Path));
        Assert.True(result.After.IsClean);
        Assert.Equal(Path.Combine("moved", "b1.dcm"), await bed.FilePathOfAsync(uid));
        Assert.Equal(createdAt, (await bed.Corrections.StudyAsync(ReconcileBed.StudyB)).CreatedAt);
        await AuditAssert.SingleAsync(bed.Corrections, "instance-row-relinked", $"instance {uid}", oldPath, "moved/b1.dcm");
        Assert.Empty(await bed.Corrections.AuditAsync("instance-row-dropped"));
    }

    [Fact]
    public async Task Repair_MissingFiles_DropsRowsWithAnAuditEachAndRecountsTheStudy()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        foreach (var uid in new[] { ReconcileBed.StudyA + ".1.1", ReconcileBed.StudyA + ".2.1" })
            File.Delete(bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(uid)));

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Equal(2, result.Before.MissingFiles);
        Assert.True(result.After.IsClean);
        Assert.Equal(3, result.After.InstancesChecked);
        var study = await bed.Corrections.StudyAsync(ReconcileBed.StudyA);
        Assert.Equal(("CT", 1, 1), (study.ModalitiesInStudy, study.NumberOfSeries, study.NumberOfInstances));
        Assert.Equal(study.Series.Single().Instances.Single().SizeBytes, study.SizeBytes);
        var audits = await bed.Corrections.AuditAsync("instance-row-dropped");
        Assert.Equal([$"instance {ReconcileBed.StudyA}.1.1", $"instance {ReconcileBed.StudyA}.2.1"], audits.Select(a => a.Target).Order(StringComparer.Ordinal));
        Assert.All(audits, a => Assert.Equal("admin:trainee1", a.Actor));
        Assert.All(audits, a => Assert.Contains("was missing", a.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Repair_EveryFileOfAStudyMissing_RemovesTheStudyAndItsPatient()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        foreach (var i in new[] { 1, 2 }) File.Delete(bed.Bed.Archive.FullPath(await bed.FilePathOfAsync($"{ReconcileBed.StudyB}.1.{i}")));

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.True(result.After.IsClean);
        Assert.False(await bed.Bed.QueryAsync(db => db.Studies.AnyAsync(s => s.StudyInstanceUid == ReconcileBed.StudyB)));
        Assert.False(await bed.Bed.QueryAsync(db => db.Patients.AnyAsync(p => p.PatientId == "PID002")));
        Assert.Single(await bed.Corrections.AuditAsync("study-row-dropped"));
        Assert.Single(await bed.Corrections.AuditAsync("patient-row-dropped"));
    }

    [Fact]
    public async Task Repair_LeftoverInIncoming_DeletesIt()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await File.WriteAllBytesAsync(bed.Bed.Archive.NewIncomingPath(), new byte[100]);

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Equal(1, result.Before.IncomingLeftovers);
        Assert.Equal(ReconcileFindingKind.IncomingLeftover, Assert.Single(result.Fixes).Fixed);
        Assert.True(result.After.IsClean);
        Assert.Empty(bed.Bed.IncomingFiles());
    }

    [Fact]
    public async Task Repair_OnlyIncomingChosen_LeavesMissingAndOrphansAlone()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        File.Delete(bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(ReconcileBed.StudyA + ".1.1")));
        await bed.DropStrayAsync(Stray(), "found.dcm");
        await File.WriteAllBytesAsync(bed.Bed.Archive.NewIncomingPath(), new byte[10]);

        var result = await bed.Reconciler.RepairAsync(Repair with { DropMissing = false, IndexOrphans = false }, CancellationToken.None);

        Assert.Equal((1, 1, 0), (result.After.MissingFiles, result.After.OrphanFiles, result.After.IncomingLeftovers));
    }

    [Fact]
    public async Task Repair_Mismatch_IsNotFixedAndRemains()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        var full = bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(ReconcileBed.StudyA + ".1.1"));
        await using (var file = new FileStream(full, FileMode.Open)) file.SetLength(file.Length - 2);

        var result = await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        Assert.Empty(result.Fixes);
        Assert.Equal(1, result.After.Mismatches);
    }

    [Fact]
    public async Task Repair_AfterDroppingRows_StoreQuotaCountsFromTheIndexAgain()
    {
        await using var bed = await ReconcileBed.WithTwoStudiesAsync();
        await bed.Bed.QueryAsync(db => bed.Bed.Usage.GetAsync(db, CancellationToken.None));
        File.Delete(bed.Bed.Archive.FullPath(await bed.FilePathOfAsync(ReconcileBed.StudyA + ".1.1")));

        await bed.Reconciler.RepairAsync(Repair, CancellationToken.None);

        var indexed = await bed.Bed.QueryAsync(db => db.Instances.SumAsync(i => i.SizeBytes));
        Assert.Equal(indexed, await bed.Bed.QueryAsync(db => bed.Bed.Usage.GetAsync(db, CancellationToken.None)));
    }
}
