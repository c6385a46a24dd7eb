using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class EditPatientTests
{
    private const string Study1 = "1.2.826.0.1.3680043.10.4.1";
    private const string Study2 = "1.2.826.0.1.3680043.10.4.2";

    [Fact]
    public async Task EditPatient_NameBirthDateSex_RewritesEveryFileOfEveryStudy()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID001", "DOE^JAEN", ("CT", 2));
        await bed.StoreStudyAsync(Study2, "PID001", "DOE^JAEN", ("MR", 1));
        var instancesBefore = await bed.InstanceCountAsync();

        var result = await bed.Service.EditPatientAsync(new PatientRef("PID001"),
            new PatientEdit { PatientName = "DOE^JANE", PatientBirthDate = "19700131", PatientSex = "O" }, CorrectionBed.Actor, "typo in the name");

        Assert.Equal(["PatientName", "PatientBirthDate", "PatientSex"], result.ChangedAttributes);
        Assert.Equal(3, result.InstancesRewritten);
        Assert.Equal(2, result.StudiesAffected);
        Assert.Equal(instancesBefore, await bed.InstanceCountAsync());
        Assert.Equal(instancesBefore, bed.Bed.ArchivedFiles().Count);
        var patient = await bed.Bed.QueryAsync(db => db.Patients.SingleAsync());
        Assert.Equal(("PID001", "DOE^JANE", "19700131", "O"), (patient.PatientId, patient.PatientName, patient.PatientBirthDate, patient.PatientSex));
        foreach (var uid in new[] { Study1, Study2 })
        {
            Assert.All(await bed.FilesOfAsync(uid), f =>
            {
                Assert.Equal("DOE^JANE", f.Dataset.GetString(DicomTags.PatientName));
                Assert.Equal("19700131", f.Dataset.GetString(PacsTags.PatientBirthDate));
                Assert.Equal("O", f.Dataset.GetString(PacsTags.PatientSex));
                Assert.Equal("PID001", f.Dataset.GetString(DicomTags.PatientID));
            });
        }
        var audit = await AuditAssert.SingleAsync(bed, "patient-edited", "patient PID001", "\"patientName\":\"DOE^JAEN\"", "\"patientName\":\"DOE^JANE\"");
        Assert.Contains("name 'DOE^JAEN' to 'DOE^JANE'", audit.Summary);
    }

    [Fact]
    public async Task EditPatient_PatientId_ChangesIdInIndexAndFiles()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID0O1", "DOE^JANE", ("CT", 2));

        var result = await bed.Service.EditPatientAsync(new PatientRef("PID0O1"), new PatientEdit { PatientId = "PID001" }, CorrectionBed.Actor);

        Assert.Equal(new PatientRef("PID001"), result.After);
        var study = await bed.StudyAsync(Study1);
        Assert.Equal("PID001", study.Patient!.PatientId);
        Assert.All(study.Series.SelectMany(s => s.Instances), i => Assert.Equal("PID001", i.PatientIdInFile));
        Assert.All(await bed.FilesOfAsync(Study1), f => Assert.Equal("PID001", f.Dataset.GetString(DicomTags.PatientID)));
    }

    [Fact]
    public async Task EditPatient_PatientIdOfAnotherPatient_RefusedSuggestingMerge()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.StoreStudyAsync(Study2, "PID2", "DOE^JANE", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientId = "PID2" }, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Conflict, error.Kind);
        Assert.Contains("patient PID2 already exists", error.Message);
        Assert.Contains("merge patient PID1 into patient PID2", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task EditPatient_SameValues_RefusedAsNothingToChange()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientName = "DOE^JANE", PatientSex = "F" }, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Contains("nothing to change", error.Message);
        Assert.Empty(await bed.AuditAsync("patient-edited"));
    }

    [Fact]
    public async Task EditPatient_Latin1Name_WrittenInTheFilesCharacterSet()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "MULLER^HANS", ("CT", 1));

        await bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientName = "MÜLLER^HANS" }, CorrectionBed.Actor);

        var file = Assert.Single(await bed.FilesOfAsync(Study1));
        Assert.Equal("MÜLLER^HANS", file.Dataset.GetString(DicomTags.PatientName));
        var raw = ((DicomElement)file.Dataset[DicomTags.PatientName]!).Value.ToArray();
        Assert.Equal(0xDC, raw[1]);
    }

    [Fact]
    public async Task EditPatient_NameTheFilesCharacterSetCannotHold_RefusedAndNothingChanged()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "YAMADA^TARO", ("CT", 3));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientName = "山田^太郎" }, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Contains("character set (ISO_IR 100) cannot hold", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task EditPatient_StudyWithConflict_FilesTakeThePatientsIdAndFlagIsCleared()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study1, "PID1", "DOE^JANE", ("CT", 1));
        await bed.Bed.StoreAsync(new Support.TestInstance { StudyUid = Study1, SeriesUid = CorrectionBed.SeriesUid(Study1, 1), SopUid = $"{Study1}.1.9", PatientId = "PID-1" });

        var result = await bed.Service.EditPatientAsync(new PatientRef("PID1"), new PatientEdit { PatientName = "DOE^JANE^Q" }, CorrectionBed.Actor);

        Assert.Equal(1, result.ConflictsCleared);
        var study = await bed.StudyAsync(Study1);
        Assert.Null(study.PatientIdentityConflict);
        Assert.All(await bed.FilesOfAsync(Study1), f => Assert.Equal("PID1", f.Dataset.GetString(DicomTags.PatientID)));
    }
}
