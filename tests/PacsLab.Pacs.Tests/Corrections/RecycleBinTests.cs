using Microsoft.EntityFrameworkCore;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class RecycleBinTests
{
    private const string Study1 = "1.2.826.0.1.3680043.10.7.1";
    private const string Study2 = "1.2.826.0.1.3680043.10.7.2";

    [Fact]
    public async Task Delete_Study_GoesToRecycleBinAndFilesStay()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 2));
        var files = bed.Bed.ArchivedFiles();

        var result = await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor, "sent by mistake");

        Assert.NotNull(result.DeletedAt);
        Assert.Equal(0, result.InstancesRewritten);
        var study = await bed.StudyAsync(Study1);
        Assert.Equal(result.DeletedAt, study.DeletedAt);
        Assert.Equal(2, study.NumberOfInstances);
        Assert.Equal(files, bed.Bed.ArchivedFiles());
        var audit = await AuditAssert.SingleAsync(bed, "study-deleted", $"study {Study1}", "\"deletedAt\":null", "\"deletedAt\":\"");
        Assert.Contains("recycle bin", audit.Summary);
        Assert.Contains("sent by mistake", audit.Summary);
    }

    [Fact]
    public async Task Delete_StudyAlreadyInRecycleBin_RefusedAsConflict()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor);

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Conflict, error.Kind);
        Assert.Contains("already in the recycle bin", error.Message);
    }

    [Fact]
    public async Task Restore_DeletedStudy_IsLiveAgain()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor);

        var result = await bed.Service.RestoreStudyAsync(Study1, CorrectionBed.Actor);

        Assert.Null(result.DeletedAt);
        Assert.Null((await bed.StudyAsync(Study1)).DeletedAt);
        await AuditAssert.SingleAsync(bed, "study-restored", $"study {Study1}", "\"deletedAt\":\"", "\"deletedAt\":null");
    }

    [Fact]
    public async Task Restore_LiveStudy_RefusedAsConflict()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.RestoreStudyAsync(Study1, CorrectionBed.Actor));

        Assert.Equal($"restore: study {Study1} is not in the recycle bin; there is nothing to restore", error.Message);
    }

    [Fact]
    public async Task Purge_LiveStudy_RefusedAndNothingRemoved()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 2));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.PurgeStudyAsync(Study1, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Conflict, error.Kind);
        Assert.Equal($"purge: study {Study1} is not in the recycle bin; delete it first", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Purge_DeletedStudy_RemovesFilesRowsAndItsOnlyPatient()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 2), ("SR", 1));
        await bed.StoreStudyAsync(Study2, "PID2", "ROE^RICHARD", ("CT", 1));
        var usageBefore = await bed.Bed.QueryAsync(db => bed.Bed.Usage.GetAsync(db, CancellationToken.None));
        var study = await bed.StudyAsync(Study1);
        await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor);

        var result = await bed.Service.PurgeStudyAsync(Study1, CorrectionBed.Actor, "trainee asked for it");

        Assert.Equal(3, result.InstancesRemoved);
        Assert.Equal(study.SizeBytes, result.BytesFreed);
        Assert.True(result.PatientRemoved);
        Assert.Equal(1, await bed.InstanceCountAsync());
        Assert.Single(bed.Bed.ArchivedFiles());
        Assert.All(study.Series.SelectMany(s => s.Instances), i => Assert.False(File.Exists(bed.Bed.Archive.FullPath(i.FilePath))));
        Assert.False(await bed.Bed.QueryAsync(db => db.Studies.AnyAsync(s => s.StudyInstanceUid == Study1)));
        Assert.Equal(0, await bed.Bed.QueryAsync(db => db.Series.CountAsync(s => s.StudyKey == study.Id)));
        Assert.Equal(["PID2"], await bed.Bed.QueryAsync(db => db.Patients.Select(p => p.PatientId).ToListAsync()));
        var usageAfter = await bed.Bed.QueryAsync(db => bed.Bed.Usage.GetAsync(db, CancellationToken.None));
        Assert.Equal(usageBefore - study.SizeBytes, usageAfter);
        await AuditAssert.SingleAsync(bed, "study-purged", $"study {Study1}", Study1, "{}");
    }

    [Fact]
    public async Task Purge_PatientWithOtherStudies_KeepsThePatient()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.StoreStudyAsync(Study2, "PID1", "DOE^JANE", ("CT", 1));
        await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor);

        var result = await bed.Service.PurgeStudyAsync(Study1, CorrectionBed.Actor);

        Assert.False(result.PatientRemoved);
        Assert.Equal(1, await bed.Bed.QueryAsync(db => db.Patients.CountAsync()));
        Assert.Equal(1, await bed.InstanceCountAsync());
    }

    [Fact]
    public async Task Purge_IndexCommitFails_FilesAndRowsStay()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 2));
        await bed.Service.DeleteStudyAsync(Study1, CorrectionBed.Actor);
        var state = await bed.StateAsync();
        bed.Bed.Failures.FailNextSave = true;

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.PurgeStudyAsync(Study1, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Failed, error.Kind);
        state.AssertUnchanged(await bed.StateAsync());
        Assert.Equal(2, bed.Bed.ArchivedFiles().Count);
    }
}
