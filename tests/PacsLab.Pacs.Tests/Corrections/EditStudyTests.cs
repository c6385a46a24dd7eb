using PacsLab.Dicom;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

public sealed class EditStudyTests
{
    private const string Study = "1.2.826.0.1.3680043.10.5.1";

    [Fact]
    public async Task EditStudy_AccessionDescriptionReferring_RewritesEveryFile()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 2), ("SR", 1));
        var instancesBefore = await bed.InstanceCountAsync();

        var result = await bed.Service.EditStudyAsync(Study,
            new StudyEdit { AccessionNumber = "ACC777", StudyDescription = "CT ABDOMEN", ReferringPhysicianName = "JONES^MARY" }, CorrectionBed.Actor, "RIS order corrected");

        Assert.Equal(["AccessionNumber", "StudyDescription", "ReferringPhysicianName"], result.ChangedAttributes);
        Assert.Equal(3, result.InstancesRewritten);
        Assert.Equal(instancesBefore, await bed.InstanceCountAsync());
        var study = await bed.StudyAsync(Study);
        Assert.Equal(("ACC777", "CT ABDOMEN", "JONES^MARY"), (study.AccessionNumber, study.StudyDescription, study.ReferringPhysicianName));
        Assert.Equal(study.SizeBytes, study.Series.SelectMany(s => s.Instances).Sum(i => new FileInfo(bed.Bed.Archive.FullPath(i.FilePath)).Length));
        Assert.All(await bed.FilesOfAsync(Study), f =>
        {
            Assert.Equal("ACC777", f.Dataset.GetString(PacsTags.AccessionNumber));
            Assert.Equal("CT ABDOMEN", f.Dataset.GetString(PacsTags.StudyDescription));
            Assert.Equal("JONES^MARY", f.Dataset.GetString(PacsTags.ReferringPhysicianName));
            Assert.Equal("DOE^JANE", f.Dataset.GetString(DicomTags.PatientName));
        });
        Assert.Equal(instancesBefore, bed.Bed.ArchivedFiles().Count);
        var audit = await AuditAssert.SingleAsync(bed, "study-edited", $"study {Study}", "\"accessionNumber\":\"ACC001\"", "\"accessionNumber\":\"ACC777\"");
        Assert.Contains("RIS order corrected", audit.Summary);
    }

    [Fact]
    public async Task EditStudy_OnlyAccession_OtherStudyAttributesInFilesStay()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1));

        var result = await bed.Service.EditStudyAsync(Study, new StudyEdit { AccessionNumber = "ACC002", StudyDescription = "CT CHEST" }, CorrectionBed.Actor);

        Assert.Equal(["AccessionNumber"], result.ChangedAttributes);
        var file = Assert.Single(await bed.FilesOfAsync(Study));
        Assert.Equal("ACC002", file.Dataset.GetString(PacsTags.AccessionNumber));
        Assert.Equal("CT CHEST", file.Dataset.GetString(PacsTags.StudyDescription));
    }

    [Fact]
    public async Task EditStudy_AccessionLongerThan16_RefusedBeforeAnythingIsWritten()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.EditStudyAsync(Study, new StudyEdit { AccessionNumber = "ACC-0123456789-XYZ" }, CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.Contains("at most 16 (SH)", error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }
}
