using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Store;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Store;

/// <summary>
/// DuplicatePolicy.Overwrite: a re-sent instance with different content replaces the stored copy, and the index
/// follows the new copy: its patient, study and series rows, the series and study it is filed under, and the study's
/// computed attributes, in one transaction. A refusal or a failure keeps the stored copy and the rows as they were.
/// </summary>
public sealed class OverwritePolicyTests
{
    private const string Study1 = "1.2.826.0.1.3680043.10.1.1";
    private const string Series1 = "1.2.826.0.1.3680043.10.1.1.1";
    private const string Sop1 = "1.2.826.0.1.3680043.10.1.1.1.1";
    private const string Sop2 = "1.2.826.0.1.3680043.10.1.1.1.2";

    private static Task<PacsTestBed> OverwritingBedAsync() => PacsTestBed.CreateAsync(new PacsOptions { DuplicatePolicy = DuplicatePolicy.Overwrite });

    private static Task<List<StudyRecord>> StudiesAsync(PacsTestBed bed) => bed.QueryAsync(db => db.Studies.AsNoTracking()
        .Include(s => s.Patient).Include(s => s.Series).ThenInclude(s => s.Instances).OrderBy(s => s.Id).ToListAsync());

    [Fact]
    public async Task Overwrite_ChangedStudySeriesAndPatientAttributes_UpdatesTheirRows()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());

        var outcome = await bed.StoreAsync(new TestInstance
        {
            PatientName = "DOE^JANE^MARIE", StudyDescription = "CT THORAX", AccessionNumber = "ACC009", SeriesDescription = "AXIAL 1MM",
            Modality = "MR", StudyDate = "20261121", PixelFill = 9,
        });

        Assert.Equal(StoreOutcomeKind.Replaced, outcome.Kind);
        Assert.True(outcome.Status.IsSuccess);
        var study = Assert.Single(await StudiesAsync(bed));
        Assert.Equal("DOE^JANE^MARIE", study.Patient!.PatientName);
        Assert.Equal("CT THORAX", study.StudyDescription);
        Assert.Equal("ACC009", study.AccessionNumber);
        Assert.Equal("20261121", study.StudyDate);
        var series = Assert.Single(study.Series);
        Assert.Equal("AXIAL 1MM", series.SeriesDescription);
        Assert.Equal("MR", series.Modality);
        Assert.Equal("MR", study.ModalitiesInStudy);
        Assert.Equal((1, 1), (study.NumberOfSeries, study.NumberOfInstances));
    }

    [Fact]
    public async Task Overwrite_InstanceNowInAnotherSeries_MovesItAndRecountsTheStudy()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { SopUid = Sop2 });

        var outcome = await bed.StoreAsync(new TestInstance { SeriesUid = Series1 + ".9", Modality = "SR", PixelFill = 9 });

        Assert.Equal(StoreOutcomeKind.Replaced, outcome.Kind);
        var study = Assert.Single(await StudiesAsync(bed));
        Assert.Equal((2, 2), (study.NumberOfSeries, study.NumberOfInstances));
        Assert.Equal(@"CT\SR", study.ModalitiesInStudy);
        Assert.Equal(Sop2, Assert.Single(study.Series.Single(s => s.SeriesInstanceUid == Series1).Instances).SopInstanceUid);
        var moved = study.Series.Single(s => s.SeriesInstanceUid == Series1 + ".9");
        Assert.Equal((1, Sop1), (moved.NumberOfInstances, Assert.Single(moved.Instances).SopInstanceUid));
        Assert.Equal(1, study.Series.Single(s => s.SeriesInstanceUid == Series1).NumberOfInstances);
    }

    [Fact]
    public async Task Overwrite_OnlyInstanceOfSeriesMovedAway_EmptySeriesIsRemoved()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { SeriesUid = Series1 + ".2", SopUid = Series1 + ".2.1", Modality = "SR" });

        await bed.StoreAsync(new TestInstance { SeriesUid = Series1 + ".2", Modality = "SR", PixelFill = 9 });

        var study = Assert.Single(await StudiesAsync(bed));
        var series = Assert.Single(study.Series);
        Assert.Equal(Series1 + ".2", series.SeriesInstanceUid);
        Assert.Equal((1, 2, 2), (study.NumberOfSeries, study.NumberOfInstances, series.NumberOfInstances));
        Assert.Equal("SR", study.ModalitiesInStudy);
        Assert.Equal(study.SizeBytes, series.Instances.Sum(i => i.SizeBytes));
    }

    [Fact]
    public async Task Overwrite_InstanceNowInANewStudy_OldEmptyStudyGoesAndTheNewOneHasIt()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());

        var outcome = await bed.StoreAsync(new TestInstance { StudyUid = Study1 + ".5", SeriesUid = Study1 + ".5.1", AccessionNumber = "ACC005", PixelFill = 9 });

        Assert.Equal(StoreOutcomeKind.Replaced, outcome.Kind);
        var study = Assert.Single(await StudiesAsync(bed));
        Assert.Equal(Study1 + ".5", study.StudyInstanceUid);
        Assert.Equal("ACC005", study.AccessionNumber);
        Assert.Equal((1, 1), (study.NumberOfSeries, study.NumberOfInstances));
        Assert.Equal(Sop1, Assert.Single(Assert.Single(study.Series).Instances).SopInstanceUid);
        Assert.Equal(1, await bed.QueryAsync(db => db.Patients.CountAsync()));
        Assert.Single(bed.ArchivedFiles());
    }

    [Fact]
    public async Task Overwrite_OnlyInstanceOfStudyWithAnotherPatientId_StudyFollowsToThatPatient()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());

        var outcome = await bed.StoreAsync(new TestInstance { PatientId = "PID777", PatientName = "ROE^RICHARD", PixelFill = 9 });

        Assert.True(outcome.Status.IsSuccess, outcome.Comment);
        var study = Assert.Single(await StudiesAsync(bed));
        Assert.Equal(("PID777", "ROE^RICHARD"), (study.Patient!.PatientId, study.Patient.PatientName));
        Assert.Null(study.PatientIdentityConflict);
        var patient = Assert.Single(await bed.QueryAsync(db => db.Patients.ToListAsync()));
        Assert.Equal("PID777", patient.PatientId);
    }

    [Fact]
    public async Task Overwrite_AnotherPatientIdInAStudyWithMoreInstances_StoredAndFlaggedAsConflictWithB000()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { SopUid = Sop2 });

        var outcome = await bed.StoreAsync(new TestInstance { PatientId = "PID777", PixelFill = 9 });

        Assert.Equal(StoreOutcomeKind.Replaced, outcome.Kind);
        Assert.Equal(0xB000, outcome.Status.Code);
        Assert.Contains("PID777", outcome.Comment);
        var study = Assert.Single(await StudiesAsync(bed));
        Assert.Equal("PID001", study.Patient!.PatientId);
        Assert.NotNull(study.PatientIdentityConflict);
        Assert.Equal("PID777", study.Series.SelectMany(s => s.Instances).Single(i => i.SopInstanceUid == Sop1).PatientIdInFile);
    }

    [Fact]
    public async Task Overwrite_ConflictingIdSentAgainWithTheStudysId_ClearsTheConflict()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { SopUid = Sop2, PatientId = "PID777" });
        Assert.NotNull(Assert.Single(await StudiesAsync(bed)).PatientIdentityConflict);

        var outcome = await bed.StoreAsync(new TestInstance { SopUid = Sop2, PixelFill = 9 });

        Assert.True(outcome.Status.IsSuccess, outcome.Comment);
        Assert.Null(Assert.Single(await StudiesAsync(bed)).PatientIdentityConflict);
    }

    [Fact]
    public async Task Overwrite_IntoASeriesOfAnotherStudy_RefusedWithA900AndTheStoredCopyStays()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        await bed.StoreAsync(new TestInstance { StudyUid = "1.2.826.0.1.3680043.10.1.2", SeriesUid = "1.2.826.0.1.3680043.10.1.2.1", SopUid = "1.2.826.0.1.3680043.10.1.2.1.1" });
        var filesBefore = bed.ArchivedFiles().Order().ToList();
        var before = await StudiesAsync(bed);

        var outcome = await bed.StoreAsync(new TestInstance { SeriesUid = "1.2.826.0.1.3680043.10.1.2.1", PixelFill = 9 });

        Assert.Equal(0xA900, outcome.Status.Code);
        Assert.Contains("already belongs to study", outcome.Comment);
        Assert.Equal(filesBefore, bed.ArchivedFiles().Order().ToList());
        Assert.Empty(bed.IncomingFiles());
        var after = await StudiesAsync(bed);
        Assert.Equal(before.Select(Describe), after.Select(Describe));
        var kept = after.SelectMany(s => s.Series).SelectMany(s => s.Instances).Single(i => i.SopInstanceUid == Sop1);
        Assert.Equal(7, ((DicomElement)(await DicomFile.OpenAsync(bed.Archive.FullPath(kept.FilePath))).Dataset[DicomTags.PixelData]!).Value.Span[0]);
    }

    [Fact]
    public async Task Overwrite_IndexCommitFails_StoredCopyAndRowsStayAsTheyWere()
    {
        await using var bed = await OverwritingBedAsync();
        await bed.StoreAsync(new TestInstance());
        var filesBefore = bed.ArchivedFiles();
        var before = await StudiesAsync(bed);

        bed.Failures.FailNextSave = true;
        await Assert.ThrowsAsync<DbUpdateException>(() => bed.StoreAsync(new TestInstance { StudyUid = Study1 + ".5", SeriesUid = Study1 + ".5.1", PixelFill = 9 }));

        Assert.Equal(filesBefore, bed.ArchivedFiles());
        Assert.Empty(bed.IncomingFiles());
        Assert.Equal(before.Select(Describe), (await StudiesAsync(bed)).Select(Describe));
    }

    private static string Describe(StudyRecord s) =>
        $"{s.StudyInstanceUid} {s.Patient!.PatientId} {s.NumberOfSeries}/{s.NumberOfInstances} {s.SizeBytes} {s.ModalitiesInStudy} " +
        string.Join(";", s.Series.OrderBy(x => x.SeriesInstanceUid).Select(x => $"{x.SeriesInstanceUid}:{x.NumberOfInstances}:{string.Join(",", x.Instances.Select(i => i.SopInstanceUid + "@" + i.FilePath))}"));
}
