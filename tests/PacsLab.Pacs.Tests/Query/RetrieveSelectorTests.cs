using PacsLab.Dicom;
using PacsLab.Pacs.Query;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Query;

/// <summary>Which instances a C-MOVE or C-GET identifier selects (PS3.4 C.4.2.2.1), patients told apart by their issuer.</summary>
public sealed class RetrieveSelectorTests
{
    // Two hospitals each have a patient "12345": one Patient ID, two patients (PS3.4 C.6.1.1.2: the ID is unique within its issuer).
    private static readonly TestInstance HospitalA = new()
    {
        PatientId = "12345", IssuerOfPatientId = "HOSP_A", PatientName = "DOE^JANE",
        StudyUid = "1.2.826.0.1.3680043.10.7.1", SeriesUid = "1.2.826.0.1.3680043.10.7.1.1", SopUid = "1.2.826.0.1.3680043.10.7.1.1.1",
    };

    private static readonly TestInstance HospitalB = new()
    {
        PatientId = "12345", IssuerOfPatientId = "HOSP_B", PatientName = "ROE^RICHARD",
        StudyUid = "1.2.826.0.1.3680043.10.7.2", SeriesUid = "1.2.826.0.1.3680043.10.7.2.1", SopUid = "1.2.826.0.1.3680043.10.7.2.1.1",
    };

    private static async Task<PacsTestBed> TwoPatientsOneIdAsync()
    {
        var bed = await PacsTestBed.CreateAsync();
        Assert.True((await bed.StoreAsync(HospitalA)).Status.IsSuccess);
        Assert.True((await bed.StoreAsync(HospitalB)).Status.IsSuccess);
        return bed;
    }

    private static DicomDataset PatientKeys(string patientId, string? issuer)
    {
        var keys = new DicomDataset()
            .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "PATIENT")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId);
        if (issuer is not null) keys.AddOrUpdate(PacsTags.IssuerOfPatientID, DicomVR.LO, issuer);
        return keys;
    }

    [Fact]
    public async Task Select_PatientIdWithIssuer_ReturnsOnlyThatIssuersPatient()
    {
        await using var bed = await TwoPatientsOneIdAsync();
        var selector = new RetrieveSelector(bed.Contexts);

        var fromA = await selector.SelectAsync(PatientKeys("12345", "HOSP_A"), QueryModel.PatientRoot, CancellationToken.None);
        var fromB = await selector.SelectAsync(PatientKeys("12345", "HOSP_B"), QueryModel.PatientRoot, CancellationToken.None);

        Assert.Equal(HospitalA.SopUid, Assert.Single(fromA).SopInstanceUid);
        Assert.Equal(HospitalB.SopUid, Assert.Single(fromB).SopInstanceUid);
    }

    [Fact]
    public async Task Select_IssuerAtStudyLevel_NarrowsToThatIssuersPatient()
    {
        await using var bed = await TwoPatientsOneIdAsync();
        var keys = new DicomDataset()
            .AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, HospitalA.StudyUid, HospitalB.StudyUid)
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "12345")
            .AddOrUpdate(PacsTags.IssuerOfPatientID, DicomVR.LO, "HOSP_B");

        var selected = await new RetrieveSelector(bed.Contexts).SelectAsync(keys, QueryModel.StudyRoot, CancellationToken.None);

        Assert.Equal(HospitalB.SopUid, Assert.Single(selected).SopInstanceUid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Select_PatientIdWithoutIssuerValue_ReturnsEveryPatientWithThatId(string? issuer)
    {
        await using var bed = await TwoPatientsOneIdAsync();

        var selected = await new RetrieveSelector(bed.Contexts).SelectAsync(PatientKeys("12345", issuer), QueryModel.PatientRoot, CancellationToken.None);

        Assert.Equal([HospitalA.SopUid, HospitalB.SopUid], selected.Select(i => i.SopInstanceUid).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Select_IssuerNobodyHas_SelectsNothing()
    {
        await using var bed = await TwoPatientsOneIdAsync();

        var selected = await new RetrieveSelector(bed.Contexts).SelectAsync(PatientKeys("12345", "HOSP_C"), QueryModel.PatientRoot, CancellationToken.None);

        Assert.Empty(selected);
    }
}
