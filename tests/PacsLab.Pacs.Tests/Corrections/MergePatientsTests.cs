using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class MergePatientsTests
{
    private const string StudyA1 = "1.2.826.0.1.3680043.10.3.1";
    private const string StudyA2 = "1.2.826.0.1.3680043.10.3.2";
    private const string StudyB = "1.2.826.0.1.3680043.10.3.3";

    [Fact]
    public async Task Merge_DuplicatePatient_MovesAllStudiesRewritesFilesAndRemovesIt()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA1, "PID001-DUP", "DOE^JANE^M", ("CT", 2));
        await bed.StoreStudyAsync(StudyA2, "PID001-DUP", "DOE^JANE^M", ("MR", 1), ("SR", 1));
        await bed.StoreStudyAsync(StudyB, "PID001", "DOE^JANE", ("CR", 1));
        await bed.Service.DeleteStudyAsync(StudyA2, CorrectionBed.Actor);
        var instancesBefore = await bed.InstanceCountAsync();

        var result = await bed.Service.MergePatientsAsync(new PatientRef("PID001-DUP"), new PatientRef("PID001"), CorrectionBed.Actor, "registered twice");

        Assert.Equal([StudyA1, StudyA2], result.StudiesMoved);
        Assert.Equal(4, result.InstancesRewritten);
        Assert.Equal(instancesBefore, await bed.InstanceCountAsync());
        Assert.Equal(instancesBefore, bed.Bed.ArchivedFiles().Count);
        Assert.Empty(bed.Bed.IncomingFiles());
        var patients = await bed.Bed.QueryAsync(db => db.Patients.Include(p => p.Studies).ToListAsync());
        var patient = Assert.Single(patients);
        Assert.Equal("PID001", patient.PatientId);
        Assert.Equal(3, patient.Studies.Count);
        foreach (var uid in new[] { StudyA1, StudyA2 })
        {
            Assert.All(await bed.FilesOfAsync(uid), f =>
            {
                Assert.Equal("PID001", f.Dataset.GetString(DicomTags.PatientID));
                Assert.Equal("DOE^JANE", f.Dataset.GetString(DicomTags.PatientName));
                Assert.Equal(uid, f.Dataset.GetString(DicomTags.StudyInstanceUID));
            });
        }
        var a2 = await bed.StudyAsync(StudyA2);
        Assert.NotNull(a2.DeletedAt);
        Assert.Equal((2, 2, @"MR\SR"), (a2.NumberOfSeries, a2.NumberOfInstances, a2.ModalitiesInStudy));
        var audit = await AuditAssert.SingleAsync(bed, "patients-merged", "patient PID001-DUP", "PID001-DUP", StudyA2);
        Assert.Contains("registered twice", audit.Summary);
        Assert.Contains("2 studies moved", audit.Summary);
    }

    [Fact]
    public async Task Merge_PatientIntoItself_Refused()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA1, "PID1", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.MergePatientsAsync(new PatientRef("PID1"), new PatientRef(" PID1 "), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Equal("merge: patient PID1 cannot be merged into itself; choose two different patients", error.Message);
    }

    [Fact]
    public async Task Merge_UnknownPatient_NotFoundAndNothingChanged()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA1, "PID1", "DOE^JANE", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.MergePatientsAsync(new PatientRef("PID1"), new PatientRef("PID2", "HOSP_B"), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.NotFound, error.Kind);
        Assert.Contains("patient PID2 (issuer HOSP_B) is not in the PACS", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task Merge_SourceWithConflictFlaggedStudy_ClearsTheFlag()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(StudyA1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.Bed.StoreAsync(new Support.TestInstance { StudyUid = StudyA1, SeriesUid = CorrectionBed.SeriesUid(StudyA1, 1), SopUid = $"{StudyA1}.1.9", PatientId = "PID2" });
        await bed.StoreStudyAsync(StudyB, "PID2", "DOE^JANE", ("CT", 1));

        var result = await bed.Service.MergePatientsAsync(new PatientRef("PID1"), new PatientRef("PID2"), CorrectionBed.Actor);

        Assert.Equal(1, result.ConflictsCleared);
        Assert.Null((await bed.StudyAsync(StudyA1)).PatientIdentityConflict);
    }
}
