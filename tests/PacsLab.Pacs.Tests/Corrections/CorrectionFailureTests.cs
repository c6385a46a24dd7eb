using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>All or nothing: a failure anywhere before the index commit leaves index rows, files and incoming/ exactly as they were.</summary>
public sealed class CorrectionFailureTests
{
    private const string StudyA = "1.2.826.0.1.3680043.10.8.1";
    private const string StudyB = "1.2.826.0.1.3680043.10.8.2";

    private static async Task<CorrectionBed> TwoPatientsAsync()
    {
        var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID1", "DOE^JANE", ("CT", 3), ("SR", 2));
        await bed.StoreStudyAsync(StudyB, "PID2", "ROE^RICHARD", ("MR", 1));
        return bed;
    }

    [Fact]
    public async Task Reassign_FailureAtThirdOfFiveInstances_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        var seen = new List<int>();
        var filesWhenFailing = 0;
        bed.Service.BeforeRewritingInstance = i =>
        {
            seen.Add(i);
            if (i < 2) return Task.CompletedTask;
            filesWhenFailing = bed.Bed.ArchivedFiles().Count;
            throw new IOException("disk full (forced by the test)");
        };

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID2"), CorrectionBed.Actor));

        Assert.Equal([0, 1, 2], seen);
        Assert.Equal(state.Files.Count + 2, filesWhenFailing); // two new files were durable next to the old ones
        Assert.Equal(CorrectionErrorKind.Failed, error.Kind);
        Assert.StartsWith("reassign: could not rewrite instance", error.Message);
        Assert.Contains("disk full", error.Message);
        Assert.Contains("Nothing was changed", error.Message);
        Assert.IsType<IOException>(error.InnerException);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Reassign_IndexCommitFails_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        bed.Bed.Failures.FailNextSave = true;

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID2"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Failed, error.Kind);
        Assert.Contains("the index could not be updated", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
        Assert.Empty(await bed.AuditAsync("study-reassigned"));
    }

    [Fact]
    public async Task Split_FailureAtSecondInstance_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        bed.Service.BeforeRewritingInstance = i => i == 1 ? throw new UnauthorizedAccessException("archive is read-only (forced)") : Task.CompletedTask;

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.SplitSeriesAsync(StudyA, [CorrectionBed.SeriesUid(StudyA, 2)], PatientTarget.New(new PatientDemographics("PID3", "NEW^ONE")), CorrectionBed.Actor));

        Assert.StartsWith("split: could not rewrite instance", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Merge_IndexCommitFails_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        bed.Bed.Failures.FailNextSave = true;

        await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.MergePatientsAsync(new PatientRef("PID1"), new PatientRef("PID2"), CorrectionBed.Actor));

        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task EditPatient_FailureAtLastInstance_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        bed.Service.BeforeRewritingInstance = i => i == 4 ? throw new IOException("forced") : Task.CompletedTask;

        await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientId = "PID1X" }, CorrectionBed.Actor));

        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Correction_AfterAFailedOne_SucceedsBecauseTheLockWasReleased()
    {
        await using var bed = await TwoPatientsAsync();
        bed.Bed.Failures.FailNextSave = true;
        await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.DeleteStudyAsync(StudyA, CorrectionBed.Actor));

        var result = await bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID2"), CorrectionBed.Actor);

        Assert.Equal(5, result.InstancesRewritten);
        Assert.True((await bed.Bed.StoreAsync(new Support.TestInstance { SopUid = "1.2.826.0.1.3680043.10.8.9.1" })).Status.IsSuccess);
    }

    [Fact]
    public async Task Reassign_InstanceFileMissing_FailsNamingItAndChangesNothing()
    {
        await using var bed = await TwoPatientsAsync();
        var victim = (await bed.StudyAsync(StudyA)).Series.First().Instances.Last();
        File.Delete(bed.Bed.Archive.FullPath(victim.FilePath));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID2"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Failed, error.Kind);
        Assert.Contains($"the file of instance {victim.SopInstanceUid} is missing from the archive", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Reassign_Cancelled_LeavesOldStateExactly()
    {
        await using var bed = await TwoPatientsAsync();
        var state = await bed.StateAsync();
        using var cancel = new CancellationTokenSource();
        bed.Service.BeforeRewritingInstance = i =>
        {
            if (i == 3) cancel.Cancel();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID2"), CorrectionBed.Actor, cancellationToken: cancel.Token));

        state.AssertUnchanged(await bed.StateAsync());
    }
}
