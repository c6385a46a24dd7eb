using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class SplitSeriesTests
{
    private const string Study = "1.2.826.0.1.3680043.10.6.1";
    private static readonly string CtSeries = CorrectionBed.SeriesUid(Study, 1);
    private static readonly string SrSeries = CorrectionBed.SeriesUid(Study, 2);
    private static readonly string MrSeries = CorrectionBed.SeriesUid(Study, 3);

    [Fact]
    public async Task Split_SeriesToNewPatient_NewStudyUidProperCountsAndModalities()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 3), ("SR", 2), ("MR", 1));
        var instancesBefore = await bed.InstanceCountAsync();
        var ctFilesBefore = (await bed.StudyAsync(Study)).Series.Single(s => s.SeriesInstanceUid == CtSeries).Instances.Select(i => i.FilePath).Order().ToList();

        var result = await bed.Service.SplitSeriesAsync(Study, [SrSeries, MrSeries],
            PatientTarget.New(new PatientDemographics("PID2", "ROE^RICHARD", "19600101", "M")), CorrectionBed.Actor, "two exams on one order");

        Assert.NotEqual(Study, result.NewStudyInstanceUid);
        Assert.True(DicomUid.IsValid(result.NewStudyInstanceUid));
        Assert.StartsWith("2.25.", result.NewStudyInstanceUid);
        Assert.Equal([SrSeries, MrSeries], result.SeriesMoved);
        Assert.Equal(3, result.InstancesRewritten);
        Assert.True(result.PatientCreated);
        Assert.Equal(instancesBefore, await bed.InstanceCountAsync());
        Assert.Equal(instancesBefore, bed.Bed.ArchivedFiles().Count);
        Assert.Empty(bed.Bed.IncomingFiles());

        var source = await bed.StudyAsync(Study);
        Assert.Equal((1, 3, "CT"), (source.NumberOfSeries, source.NumberOfInstances, source.ModalitiesInStudy));
        Assert.Equal("PID1", source.Patient!.PatientId);
        Assert.Equal(source.SizeBytes, source.Series.SelectMany(s => s.Instances).Sum(i => i.SizeBytes));
        Assert.Equal(ctFilesBefore, source.Series.Single().Instances.Select(i => i.FilePath).Order().ToList());

        var created = await bed.StudyAsync(result.NewStudyInstanceUid);
        Assert.Equal((2, 3, @"SR\MR"), (created.NumberOfSeries, created.NumberOfInstances, created.ModalitiesInStudy));
        Assert.Equal("PID2", created.Patient!.PatientId);
        Assert.Equal((source.StudyDate, source.AccessionNumber), (created.StudyDate, created.AccessionNumber));
        Assert.Equal(created.SizeBytes, created.Series.SelectMany(s => s.Instances).Sum(i => new FileInfo(bed.Bed.Archive.FullPath(i.FilePath)).Length));
        Assert.Equal(2, created.Series.Single(s => s.SeriesInstanceUid == SrSeries).NumberOfInstances);
        Assert.All(await bed.FilesOfAsync(result.NewStudyInstanceUid), f =>
        {
            Assert.Equal(result.NewStudyInstanceUid, f.Dataset.GetString(DicomTags.StudyInstanceUID));
            Assert.Contains(f.Dataset.GetString(DicomTags.SeriesInstanceUID), new[] { SrSeries, MrSeries });
            Assert.Equal("PID2", f.Dataset.GetString(DicomTags.PatientID));
            Assert.Equal("ROE^RICHARD", f.Dataset.GetString(DicomTags.PatientName));
        });
        Assert.All(await bed.FilesOfAsync(Study), f => Assert.Equal(Study, f.Dataset.GetString(DicomTags.StudyInstanceUID)));
        var audit = await AuditAssert.SingleAsync(bed, "series-split", $"study {Study}", SrSeries, result.NewStudyInstanceUid);
        Assert.Contains("two exams on one order", audit.Summary);
    }

    [Fact]
    public async Task Split_ToSamePatientWithNewAccession_NewStudyCarriesIt()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1), ("CT", 2));

        var result = await bed.Service.SplitSeriesAsync(Study, [SrSeries], PatientTarget.Existing("PID1"), CorrectionBed.Actor,
            newStudyAttributes: new StudyEdit { AccessionNumber = "ACC002", StudyDescription = "CT HEAD" });

        var created = await bed.StudyAsync(result.NewStudyInstanceUid);
        Assert.Equal(("ACC002", "CT HEAD", "PID1"), (created.AccessionNumber, created.StudyDescription, created.Patient!.PatientId));
        Assert.Equal(2, await bed.Bed.QueryAsync(db => db.Studies.CountAsync(s => s.PatientKey == created.PatientKey)));
        Assert.All(await bed.FilesOfAsync(result.NewStudyInstanceUid), f =>
        {
            Assert.Equal("ACC002", f.Dataset.GetString(PacsTags.AccessionNumber));
            Assert.Equal("CT HEAD", f.Dataset.GetString(PacsTags.StudyDescription));
        });
        Assert.Equal("ACC001", (await bed.StudyAsync(Study)).AccessionNumber);
    }

    [Fact]
    public async Task Split_ConflictingSeriesOut_ClearsTheSourceStudysConflict()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 2));
        await bed.Bed.StoreAsync(new Support.TestInstance { StudyUid = Study, SeriesUid = SrSeries, SopUid = $"{SrSeries}.1", Modality = "SR", PatientId = "PID9", PatientName = "ROE^RICHARD" });
        Assert.NotNull((await bed.StudyAsync(Study)).PatientIdentityConflict);

        var result = await bed.Service.SplitSeriesAsync(Study, [SrSeries], PatientTarget.New(new PatientDemographics("PID9", "ROE^RICHARD")), CorrectionBed.Actor);

        Assert.True(result.ConflictCleared);
        var source = await bed.StudyAsync(Study);
        Assert.Null(source.PatientIdentityConflict);
        Assert.Equal("CT", source.ModalitiesInStudy);
        Assert.Null((await bed.StudyAsync(result.NewStudyInstanceUid)).PatientIdentityConflict);
    }

    [Fact]
    public async Task Split_SeriesNotInStudy_Refused()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1), ("SR", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.SplitSeriesAsync(Study, [SrSeries, "1.2.3.4"], PatientTarget.Existing("PID1"), CorrectionBed.Actor));

        Assert.Equal($"split: series 1.2.3.4 is not part of study {Study}", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Split_EverySeries_RefusedSuggestingReassign()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1), ("SR", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.SplitSeriesAsync(Study, [CtSeries, SrSeries, CtSeries], PatientTarget.Existing("PID1"), CorrectionBed.Actor));

        Assert.Equal($"split: moving every series would leave study {Study} empty; reassign the study instead", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Split_NoSeriesChosen_Refused()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1), ("SR", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.SplitSeriesAsync(Study, [" "], PatientTarget.Existing("PID1"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Contains("choose at least one series", error.Message);
    }
}
