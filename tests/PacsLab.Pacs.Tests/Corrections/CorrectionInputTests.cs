using PacsLab.Pacs.Corrections;

namespace PacsLab.Pacs.Tests.Corrections;

/// <summary>Values DICOM does not allow are refused before anything is read or written.</summary>
public sealed class CorrectionInputTests
{
    private const string Study = "1.2.826.0.1.3680043.10.9.1";

    public static TheoryData<PatientDemographics, string> BadNewPatients => new()
    {
        { new PatientDemographics(new string('7', 65), "DOE^JANE"), "65 characters long; DICOM allows at most 64 (LO)" },
        { new PatientDemographics("", "DOE^JANE"), "the Patient ID (0010,0020) is empty" },
        { new PatientDemographics("PID\\2", "DOE^JANE"), "contains a backslash" },
        { new PatientDemographics("PID2", @"DOE\JANE"), "contains a backslash" },
        { new PatientDemographics("PID2", "DOE^JANE^A^B^C^D"), "more than 5 '^'-separated parts" },
        { new PatientDemographics("PID2", "DOE^JANE", "1970-01-31"), "is not a DICOM date: write it as YYYYMMDD" },
        { new PatientDemographics("PID2", "DOE^JANE", "19701331"), "is not a DICOM date" },
        { new PatientDemographics("PID2", "DOE^JANE", "19700131", "X"), "the sex 'X' is not one DICOM allows: M (male), F (female), O (other)" },
        { new PatientDemographics("PID2", "DOE\tJANE"), "control character" },
    };

    [Theory]
    [MemberData(nameof(BadNewPatients))]
    public async Task Reassign_NewPatientWithValueDicomDoesNotAllow_RefusedBeforeAnythingIsWritten(PatientDemographics patient, string expected)
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 2));
        var state = await bed.StateAsync();
        var rewrites = 0;
        bed.Service.BeforeRewritingInstance = _ =>
        {
            rewrites++;
            return Task.CompletedTask;
        };

        var error = await Assert.ThrowsAsync<CorrectionException>(() =>
            bed.Service.ReassignStudyAsync(Study, PatientTarget.New(patient), CorrectionBed.Actor));

        Assert.Equal(CorrectionErrorKind.Invalid, error.Kind);
        Assert.StartsWith("reassign: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Equal(0, rewrites);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Theory]
    [InlineData("DOE\\JANE", null, null, "contains a backslash")]
    [InlineData(null, "31/01/1970", null, "YYYYMMDD")]
    [InlineData(null, null, "U", "M (male), F (female), O (other)")]
    public async Task EditPatient_ValueDicomDoesNotAllow_RefusedBeforeAnythingIsWritten(string? name, string? birthDate, string? sex, string expected)
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1));
        var state = await bed.StateAsync();

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.EditPatientAsync(new PatientRef("PID1"),
            new PatientEdit { PatientName = name, PatientBirthDate = birthDate, PatientSex = sex }, CorrectionBed.Actor));

        Assert.StartsWith("edit patient: ", error.Message);
        Assert.Contains(expected, error.Message);
        state.AssertUnchanged(await bed.StateAsync());
    }

    [Fact]
    public async Task AnyCorrection_WithoutActor_Refused()
    {
        await using var bed = await CorrectionBed.CreateAsync();
        await bed.StoreStudyAsync(Study, "PID1", "DOE^JANE", ("CT", 1));

        var error = await Assert.ThrowsAsync<CorrectionException>(() => bed.Service.DeleteStudyAsync(Study, "  "));

        Assert.Contains("actor is empty", error.Message);
        Assert.Null((await bed.StudyAsync(Study)).DeletedAt);
    }
}
