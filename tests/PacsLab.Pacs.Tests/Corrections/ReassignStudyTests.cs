using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class ReassignStudyTests
{
    private const string StudyA = "1.2.826.0.1.3680043.10.2.1";
    private const string StudyB = "1.2.826.0.1.3680043.10.2.2";

    [Fact]
    public async Task Reassign_ToExistingPatient_RewritesEveryFileAndMovesStudy()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 3), ("SR", 2));
        await bed.StoreStudyAsync(StudyB, "PID002", "ROE^RICHARD", ("MR", 1));
        var before = await bed.StudyAsync(StudyA);
        var oldFiles = before.Series.SelectMany(s => s.Instances).Select(i => i.FilePath).ToList();
        var instancesBefore = await bed.InstanceCountAsync();

        var result = await bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID002"), CorrectionBed.Actor, "wrong patient chosen at the CT console");

        Assert.Equal(5, result.InstancesRewritten);
        Assert.Equal(new PatientRef("PID001"), result.FromPatient);
        Assert.Equal(new PatientRef("PID002"), result.ToPatient);
        Assert.True(result.FromPatientRemoved);
        var after = await bed.StudyAsync(StudyA);
        Assert.Equal("PID002", after.Patient!.PatientId);
        Assert.Equal(instancesBefore, await bed.InstanceCountAsync());
        Assert.Equal(2, after.NumberOfSeries);
        Assert.Equal(5, after.NumberOfInstances);
        Assert.Equal(@"CT\SR", after.ModalitiesInStudy);
        var instances = after.Series.SelectMany(s => s.Instances).ToList();
        Assert.Equal(after.SizeBytes, instances.Sum(i => new FileInfo(bed.Bed.Archive.FullPath(i.FilePath)).Length));
        Assert.All(instances, i => Assert.Equal("PID002", i.PatientIdInFile));
        Assert.Empty(instances.Select(i => i.FilePath).Intersect(oldFiles));
        Assert.All(oldFiles, f => Assert.False(File.Exists(bed.Bed.Archive.FullPath(f))));
        Assert.Equal(instancesBefore, bed.Bed.ArchivedFiles().Count);
        Assert.Empty(bed.Bed.IncomingFiles());
        Assert.Equal(
            before.Series.SelectMany(s => s.Instances).Select(i => i.SopInstanceUid).Order(),
            instances.Select(i => i.SopInstanceUid).Order());

        foreach (var instance in instances)
        {
            var file = await DicomFile.OpenAsync(bed.Bed.Archive.FullPath(instance.FilePath));
            Assert.Equal("PID002", file.Dataset.GetString(DicomTags.PatientID));
            Assert.Equal("ROE^RICHARD", file.Dataset.GetString(DicomTags.PatientName));
            Assert.Equal(StudyA, file.Dataset.GetString(DicomTags.StudyInstanceUID));
            Assert.Equal(instance.SopInstanceUid, file.Dataset.GetString(DicomTags.SOPInstanceUID));
            Assert.Equal("ACC001", file.Dataset.GetString(PacsTags.AccessionNumber));
            Assert.NotNull(file.Dataset[DicomTags.PixelData]);
        }
        Assert.False(await bed.Bed.QueryAsync(db => db.Patients.AnyAsync(p => p.PatientId == "PID001")));
        var audit = await AuditAssert.SingleAsync(bed, "study-reassigned", $"study {StudyA}", "\"patientId\":\"PID001\"", "\"patientId\":\"PID002\"");
        Assert.Contains("wrong patient chosen at the CT console", audit.Summary);
        Assert.Contains("5 instance files rewritten", audit.Summary);
        Assert.Equal(audit.Id, result.AuditRecordId);
    }

    [Fact]
    public async Task Reassign_ToNewPatient_CreatesPatientAndWritesItsDemographics()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 2));
        await bed.StoreStudyAsync(StudyB, "PID001", "DOE^JANE", ("CT", 1));

        var result = await bed.Service.ReassignStudyAsync(StudyA,
            PatientTarget.New(new PatientDemographics("PID777", "NEW^PATIENT", "19851224", "m")), CorrectionBed.Actor);

        Assert.True(result.PatientCreated);
        Assert.False(result.FromPatientRemoved);
        var patient = await bed.Bed.QueryAsync(db => db.Patients.SingleAsync(p => p.PatientId == "PID777"));
        Assert.Equal(("NEW^PATIENT", "19851224", "M"), (patient.PatientName, patient.PatientBirthDate, patient.PatientSex));
        Assert.Equal(2, await bed.Bed.QueryAsync(db => db.Patients.CountAsync()));
        Assert.All(await bed.FilesOfAsync(StudyA), f =>
        {
            Assert.Equal("PID777", f.Dataset.GetString(DicomTags.PatientID));
            Assert.Equal("NEW^PATIENT", f.Dataset.GetString(DicomTags.PatientName));
            Assert.Equal("19851224", f.Dataset.GetString(PacsTags.PatientBirthDate));
            Assert.Equal("M", f.Dataset.GetString(PacsTags.PatientSex));
        });
        Assert.All(await bed.FilesOfAsync(StudyB), f => Assert.Equal("PID001", f.Dataset.GetString(DicomTags.PatientID)));
    }

    [Fact]
    public async Task Reassign_StudyWithPatientIdentityConflict_ClearsTheFlag()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 2));
        await bed.Bed.StoreAsync(new Support.TestInstance { StudyUid = StudyA, SeriesUid = CorrectionBed.SeriesUid(StudyA, 1), SopUid = $"{StudyA}.1.9", PatientId = "PID999", PatientName = "ROE^RICHARD" });
        Assert.NotNull((await bed.StudyAsync(StudyA)).PatientIdentityConflict);

        var result = await bed.Service.ReassignStudyAsync(StudyA,
            PatientTarget.New(new PatientDemographics("PID999", "ROE^RICHARD")), CorrectionBed.Actor);

        Assert.True(result.ConflictCleared);
        Assert.Contains("conflict is cleared", result.Summary);
        var study = await bed.StudyAsync(StudyA);
        Assert.Null(study.PatientIdentityConflict);
        Assert.All(study.Series.SelectMany(s => s.Instances), i => Assert.Equal("PID999", i.PatientIdInFile));
    }

    [Fact]
    public async Task Reassign_ToItsOwnPatient_RefusedAndNothingChanged()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID001"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Contains("already belongs to patient PID001", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Reassign_UnknownStudy_NotFound()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync("1.2.3", PatientTarget.Existing("PID001"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.NotFound, error.Kind);
        Assert.Equal("reassign: study 1.2.3 is not in the PACS", error.Message);
    }

    [Fact]
    public async Task Reassign_ToUnknownPatient_NotFound()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID404"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.NotFound, error.Kind);
        Assert.Contains("patient PID404 is not in the PACS", error.Message);
    }

    [Fact]
    public async Task Reassign_ToNewPatientWhoseIdExists_RefusedAsConflict()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 1));
        await bed.StoreStudyAsync(StudyB, "PID002", "ROE^RICHARD", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.New(new PatientDemographics("PID002", "OTHER^NAME")), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Conflict, error.Kind);
        Assert.Contains("patient PID002 already exists", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Reassign_StudyInRecycleBin_RefusedUntilRestored()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 1));
        await bed.StoreStudyAsync(StudyB, "PID002", "ROE^RICHARD", ("CT", 1));
        await bed.Service.DeleteStudyAsync(StudyA, CorrectionBed.Actor);

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID002"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Conflict, error.Kind);
        Assert.Contains("is in the recycle bin; restore it first", error.Message);
    }

    [Fact]
    public async Task Reassign_ThenStoreAgain_StoreUsesTheLockAndSeesTheNewPatient()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA, "PID001", "DOE^JANE", ("CT", 2));
        await bed.StoreStudyAsync(StudyB, "PID002", "ROE^RICHARD", ("CT", 1));

        var reassign = bed.Service.ReassignStudyAsync(StudyA, PatientTarget.Existing("PID002"), CorrectionBed.Actor);
        var store = bed.Bed.StoreAsync(new Support.TestInstance { StudyUid = StudyA, SeriesUid = CorrectionBed.SeriesUid(StudyA, 1), SopUid = $"{StudyA}.1.50", PatientId = "PID002", PatientName = "ROE^RICHARD" });
        await Task.WhenAll(reassign, store);

        var study = await bed.StudyAsync(StudyA);
        Assert.Equal("PID002", study.Patient!.PatientId);
        Assert.Equal(3, study.NumberOfInstances);
        Assert.Null(study.PatientIdentityConflict);
        Assert.Equal(3, bed.Bed.ArchivedFiles().Count(f => study.Series.SelectMany(s => s.Instances).Any(i => i.FilePath == f)));
        Assert.Equal(4, bed.Bed.ArchivedFiles().Count);
    }
}
