using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PacsLab.Dicom;
using PacsLab.Dicom.Query;
using PacsLab.Pacs.Query;
using PacsLab.Pacs.Tests.Support;

namespace PacsLab.Pacs.Tests.Query;

public sealed class PacsQueryServiceTests
{
    private static readonly DicomTag InstitutionName = new(0x0008, 0x0080);

    private static TestInstance Study(int n, string patientId = "PID001", string name = "DOE^JANE", string accession = "", string date = "20261120",
        string modality = "CT", string referring = "SMITH^ANNA") => new()
    {
        PatientId = patientId, PatientName = name, StudyUid = $"1.2.826.0.1.3680043.10.2.{n}", SeriesUid = $"1.2.826.0.1.3680043.10.2.{n}.1",
        SopUid = $"1.2.826.0.1.3680043.10.2.{n}.1.1", AccessionNumber = accession.Length > 0 ? accession : $"ACC{n}", StudyDate = date,
        Modality = modality, ReferringPhysician = referring,
    };

    private static async Task<List<DicomDataset>> FindAsync(PacsTestBed bed, QueryModel model, string level, params (DicomTag Tag, DicomVR VR, string Value)[] keys)
    {
        var identifier = new DicomDataset().AddOrUpdate(PacsTags.QueryRetrieveLevel, DicomVR.CS, level);
        foreach (var (tag, vr, value) in keys) identifier.AddOrUpdate(tag, vr, value);
        var service = new PacsQueryService(bed.Contexts, bed.Archive, Options.Create(bed.Options));
        var results = new List<DicomDataset>();
        await foreach (var match in service.FindAsync(DicomQuery.Parse(identifier), model, CancellationToken.None)) results.Add(match.Response);
        return results;
    }

    private static (DicomTag, DicomVR, string) Key(DicomTag tag, DicomVR vr, string value = "") => (tag, vr, value);

    [Fact]
    public async Task StudyLevel_PatientIdSingleValue_ReturnsOnlyThatPatientsStudiesWithRequestedKeys()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(2, patientId: "PID002", name: "ROE^RICHARD"));

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY",
            Key(DicomTags.PatientID, DicomVR.LO, "PID002"), Key(DicomTags.StudyInstanceUID, DicomVR.UI), Key(DicomTags.PatientName, DicomVR.PN),
            Key(PacsTags.NumberOfStudyRelatedInstances, DicomVR.IS));

        var match = Assert.Single(results);
        Assert.Equal("1.2.826.0.1.3680043.10.2.2", match.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("ROE^RICHARD", match.GetString(DicomTags.PatientName));
        Assert.Equal("1", match.GetString(PacsTags.NumberOfStudyRelatedInstances));
        Assert.Equal("STUDY", match.GetString(PacsTags.QueryRetrieveLevel));
        Assert.False(match.Contains(DicomTags.StudyDate));
    }

    [Theory]
    [InlineData("doe*", 2)]
    [InlineData("DOE^JANE", 1)]
    [InlineData("d?e^j*", 2)]
    [InlineData("*RICH*", 1)]
    public async Task StudyLevel_PatientNameWildcards_MatchCaseInsensitively(string key, int expected)
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(2, patientId: "PID002", name: "DOE^JOHN"));
        await bed.StoreAsync(Study(3, patientId: "PID003", name: "ROE^RICHARD", modality: "MR"));

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(DicomTags.PatientName, DicomVR.PN, key));

        Assert.Equal(expected, results.Count);
    }

    [Theory]
    [InlineData("20261101-20261130", new[] { 2 })]
    [InlineData("-20261031", new[] { 1 })]
    [InlineData("20261201-", new[] { 3 })]
    [InlineData("20261120", new[] { 2 })]
    public async Task StudyLevel_StudyDateRange_SelectsByDate(string range, int[] expected)
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1, date: "20261015"));
        await bed.StoreAsync(Study(2, date: "20261120"));
        await bed.StoreAsync(Study(3, date: "20261224"));

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(DicomTags.StudyDate, DicomVR.DA, range), Key(PacsTags.AccessionNumber, DicomVR.SH));

        Assert.Equal(expected.Select(n => $"ACC{n}"), results.Select(r => r.GetString(PacsTags.AccessionNumber)));
    }

    [Theory]
    [InlineData("A%1", "A%1")]
    [InlineData("A_1", "A_1")]
    [InlineData("O'B1", "O'B1")]
    [InlineData("[X]1", "[X]1")]
    [InlineData("A%*", "A%1")]
    public async Task SqlMetacharactersInKeys_MatchLiterally(string key, string expected)
    {
        await using var bed = await PacsTestBed.CreateAsync();
        string[] accessions = ["A%1", "AB1", "A_1", "AX1", "O'B1", "[X]1", "X1"];
        for (var i = 0; i < accessions.Length; i++) await bed.StoreAsync(Study(i + 1, accession: accessions[i]));

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(PacsTags.AccessionNumber, DicomVR.SH, key));

        Assert.Equal(expected, Assert.Single(results).GetString(PacsTags.AccessionNumber));
    }

    [Fact]
    public async Task StudyLevel_UidListAndModalitiesInStudy_Match()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(1) with { SeriesUid = "1.2.826.0.1.3680043.10.2.1.2", SopUid = "1.2.826.0.1.3680043.10.2.1.2.1", Modality = "SR" });
        await bed.StoreAsync(Study(2, modality: "MR"));
        await bed.StoreAsync(Study(3, modality: "CR"));

        var byList = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(DicomTags.StudyInstanceUID, DicomVR.UI, @"1.2.826.0.1.3680043.10.2.1\1.2.826.0.1.3680043.10.2.3"));
        var bySr = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(PacsTags.ModalitiesInStudy, DicomVR.CS, "SR"));

        Assert.Equal(2, byList.Count);
        Assert.Equal(@"CT\SR", string.Join('\\', Assert.Single(bySr).GetStrings(PacsTags.ModalitiesInStudy)));
    }

    [Fact]
    public async Task EmptyValueMatching_FindsStudiesWithoutReferringPhysician()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(2, referring: ""));

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(PacsTags.ReferringPhysicianName, DicomVR.PN, "\"\""), Key(PacsTags.AccessionNumber, DicomVR.SH));

        Assert.Equal("ACC2", Assert.Single(results).GetString(PacsTags.AccessionNumber));
    }

    [Fact]
    public async Task PatientLevel_ReturnsComputedCounts_AndSkipsRecycledStudies()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(2));
        await bed.StoreAsync(Study(3, patientId: "PID003"));
        await bed.QueryAsync(db => db.Studies.Where(s => s.StudyInstanceUid == "1.2.826.0.1.3680043.10.2.3")
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DeletedAt, DateTimeOffset.UtcNow)));

        var results = await FindAsync(bed, QueryModel.PatientRoot, "PATIENT", Key(DicomTags.PatientID, DicomVR.LO),
            Key(PacsTags.NumberOfPatientRelatedStudies, DicomVR.IS), Key(PacsTags.NumberOfPatientRelatedInstances, DicomVR.IS));

        var patient = Assert.Single(results);
        Assert.Equal("PID001", patient.GetString(DicomTags.PatientID));
        Assert.Equal("2", patient.GetString(PacsTags.NumberOfPatientRelatedStudies));
        Assert.Equal("2", patient.GetString(PacsTags.NumberOfPatientRelatedInstances));
    }

    [Fact]
    public async Task SeriesAndImageLevels_FollowTheHierarchy()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(1) with { SopUid = "1.2.826.0.1.3680043.10.2.1.1.2" });
        await bed.StoreAsync(Study(2));

        var series = await FindAsync(bed, QueryModel.StudyRoot, "SERIES", Key(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.2.1"),
            Key(DicomTags.SeriesInstanceUID, DicomVR.UI), Key(DicomTags.Modality, DicomVR.CS), Key(PacsTags.NumberOfSeriesRelatedInstances, DicomVR.IS));
        var images = await FindAsync(bed, QueryModel.PatientRoot, "IMAGE", Key(DicomTags.PatientID, DicomVR.LO, "PID001"),
            Key(DicomTags.SeriesInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.2.1.1"), Key(DicomTags.SOPInstanceUID, DicomVR.UI));

        var one = Assert.Single(series);
        Assert.Equal("CT", one.GetString(DicomTags.Modality));
        Assert.Equal("2", one.GetString(PacsTags.NumberOfSeriesRelatedInstances));
        Assert.Equal(["1.2.826.0.1.3680043.10.2.1.1.1", "1.2.826.0.1.3680043.10.2.1.1.2"], images.Select(i => i.GetString(DicomTags.SOPInstanceUID)));
    }

    [Fact]
    public async Task KeyNotInTheIndex_IsMatchedAndReturnedFromTheFile()
    {
        await using var bed = await PacsTestBed.CreateAsync();
        await bed.StoreAsync(Study(1));
        await bed.StoreAsync(Study(2) with { InstitutionName = "ST ELSEWHERE" });

        var results = await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(InstitutionName, DicomVR.LO, "ST*"), Key(PacsTags.AccessionNumber, DicomVR.SH));

        var match = Assert.Single(results);
        Assert.Equal("ACC2", match.GetString(PacsTags.AccessionNumber));
        Assert.Equal("ST ELSEWHERE", match.GetString(InstitutionName));
    }

    [Fact]
    public async Task ResultLimit_CutsTheAnswer()
    {
        await using var bed = await PacsTestBed.CreateAsync(new PacsOptions { FindResultLimit = 2 });
        for (var i = 1; i <= 3; i++) await bed.StoreAsync(Study(i));

        Assert.Equal(2, (await FindAsync(bed, QueryModel.StudyRoot, "STUDY", Key(DicomTags.StudyInstanceUID, DicomVR.UI))).Count);
    }

    [Theory]
    [InlineData(QueryModel.StudyRoot, "PATIENT")]
    [InlineData(QueryModel.StudyRoot, "")]
    [InlineData(QueryModel.PatientRoot, "FRAME")]
    public async Task LevelNotServed_IsRefusedWithTheReason(QueryModel model, string level)
    {
        await using var bed = await PacsTestBed.CreateAsync();

        var error = await Assert.ThrowsAsync<QueryRefusedException>(() => FindAsync(bed, model, level));

        Assert.Contains("level", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
