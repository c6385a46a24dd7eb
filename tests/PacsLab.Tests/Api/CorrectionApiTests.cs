using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Api.Corrections;
using PacsLab.Pacs.Corrections;
using PacsLab.Pacs.Storage;

namespace PacsLab.Tests.Api;

public sealed class CorrectionApiTests
{
    private const string StudyA = "1.2.826.0.1.3680043.10.2";
    private const string SeriesA1 = "1.2.826.0.1.3680043.10.2.1";
    private const string SeriesA2 = "1.2.826.0.1.3680043.10.2.2";
    private const string SopA1 = "1.2.826.0.1.3680043.10.2.1.1";
    private const string SopA2 = "1.2.826.0.1.3680043.10.2.2.1";
    private const string StudyB = "1.2.826.0.1.3680043.10.3";
    private const string SopB = "1.2.826.0.1.3680043.10.3.1.1";

    [Fact]
    public async Task ReassignStudy_ToANewPatient_FileCarriesTheNewPatientIdAndTheAuditNamesTheUser()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/reassign-study",
            new ReassignStudyRequest(StudyA, NewPatient: new PatientDemographics("P9", "ROE^RICHARD"), Reason: "filed under the wrong patient"), user: "alice");

        var result = await OkAsync<StudyReassignedResult>(response);
        Assert.Equal("P9", result.ToPatient.PatientId);
        Assert.True(result.PatientCreated);
        Assert.Equal(2, result.InstancesRewritten);
        Assert.Equal("P9", Value(await HeaderAsync(api, SopA1), "00100020"));
        var audit = await api.GetAsync<List<JsonElement>>("/api/pacs/audit-log?actor=api:alice");
        Assert.Equal(result.Action, Assert.Single(audit).GetProperty("action").GetString());
    }

    [Fact]
    public async Task MergePatients_SecondIntoFirst_MovesItsStudyAndRemovesIt()
    {
        await using var api = await StartAsync(withSecondPatient: true);

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/merge-patients",
            new MergePatientsRequest(new PatientRef("P2"), new PatientRef("P1")));

        var result = await OkAsync<PatientsMergedResult>(response);
        Assert.Equal([StudyB], result.StudiesMoved);
        Assert.Equal("P1", Value(await HeaderAsync(api, SopB), "00100020"));
        Assert.Equal(1, (await api.GetAsync<StorageReport>("/api/pacs/storage")).Patients);
    }

    [Fact]
    public async Task EditPatient_NameAndSex_AreWrittenIntoTheFiles()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/edit-patient",
            new EditPatientRequest(new PatientRef("P1"), new PatientEdit { PatientName = "DOE^JOAN", PatientSex = "f" }));

        var result = await OkAsync<PatientEditedResult>(response);
        Assert.Equal(["PatientName", "PatientSex"], result.ChangedAttributes.Order());
        var header = await HeaderAsync(api, SopA2);
        Assert.Equal("DOE^JOAN", header.GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString());
        Assert.Equal("F", Value(header, "00100040"));
    }

    [Fact]
    public async Task EditStudy_AccessionNumber_IsWrittenIntoTheFiles()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/edit-study",
            new EditStudyRequest(StudyA, new StudyEdit { AccessionNumber = "ACC42" }));

        var result = await OkAsync<StudyEditedResult>(response);
        Assert.Equal(["AccessionNumber"], result.ChangedAttributes);
        Assert.Equal("ACC42", Value(await HeaderAsync(api, SopA1), "00080050"));
    }

    [Fact]
    public async Task SplitSeries_OneOfTwo_MovesItIntoANewStudy()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/split-series",
            new SplitSeriesRequest(StudyA, [SeriesA2], ExistingPatient: new PatientRef("P1"), NewStudyAttributes: new StudyEdit { StudyDescription = "second exam" }));

        var result = await OkAsync<SeriesSplitResult>(response);
        Assert.Equal([SeriesA2], result.SeriesMoved);
        var moved = await HeaderAsync(api, SopA2);
        Assert.Equal(result.NewStudyInstanceUid, Value(moved, "0020000D"));
        Assert.Equal("second exam", Value(moved, "00081030"));
        Assert.Equal(StudyA, Value(await HeaderAsync(api, SopA1), "0020000D"));
    }

    [Fact]
    public async Task RecycleBin_DeleteHidesRestoreShowsPurgeRemoves()
    {
        await using var api = await StartAsync();
        var study = new StudyRequest(StudyA, "test");

        var deleted = await OkAsync<RecycleBinResult>(await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/delete-study", study));
        Assert.NotNull(deleted.DeletedAt);
        using (var hidden = await api.Http.GetAsync($"/api/pacs/instances/{SopA1}/header"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Contains("recycle bin", await ApiTestInstances.ProblemDetailAsync(hidden));
        }

        var restored = await OkAsync<RecycleBinResult>(await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/restore-study", study));
        Assert.Null(restored.DeletedAt);
        Assert.Equal("P1", Value(await HeaderAsync(api, SopA1), "00100020"));

        await OkAsync<RecycleBinResult>(await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/delete-study", study));
        var purged = await OkAsync<StudyPurgedResult>(await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/purge-study", study));
        Assert.Equal(2, purged.InstancesRemoved);
        Assert.True(purged.PatientRemoved);
        Assert.Equal(0, (await api.GetAsync<StorageReport>("/api/pacs/storage")).Instances);
        using var gone = await api.Http.GetAsync($"/api/pacs/instances/{SopA1}/file");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task DeleteStudy_UnknownStudy_Is404WithTheServiceMessage()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/delete-study", new StudyRequest("1.2.3.999"));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "delete: study 1.2.3.999 is not in the PACS");
    }

    [Fact]
    public async Task EditPatient_SexDicomDoesNotAllow_Is400WithTheAllowedValues()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/edit-patient",
            new EditPatientRequest(new PatientRef("P1"), new PatientEdit { PatientSex = "X" }));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "M (male), F (female), O (other)");
    }

    [Fact]
    public async Task ReassignStudy_NoPatientGiven_Is400SayingWhatToGive()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/reassign-study", new ReassignStudyRequest(StudyA));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "give 'existingPatient'");
    }

    [Fact]
    public async Task MergePatients_NoFrom_Is400NamingTheMissingMember()
    {
        await using var api = await StartAsync();

        using var response = await api.Http.PostAsJsonAsync("/api/pacs/corrections/merge-patients", new { into = new { patientId = "P1" } });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "no 'from'");
    }

    [Fact]
    public async Task PurgeStudy_LiveStudy_Is409SayingToDeleteFirst()
    {
        await using var api = await StartAsync();

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/purge-study", new StudyRequest(StudyA));

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "is not in the recycle bin; delete it first");
        Assert.Equal(2, (await api.GetAsync<StorageReport>("/api/pacs/storage")).Instances);
    }

    [Fact]
    public async Task EditStudy_FileMissingFromTheArchive_Is500AndNothingChanges()
    {
        await using var api = await StartAsync();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(api.DataDirectory, "archive"), "*.dcm", SearchOption.AllDirectories)) File.Delete(file);

        using var response = await ApiTestInstances.PostAsync(api, "/api/pacs/corrections/edit-study",
            new EditStudyRequest(StudyA, new StudyEdit { AccessionNumber = "ACC42" }));

        await AssertProblemAsync(response, HttpStatusCode.InternalServerError, "is missing from the archive");
        Assert.Empty(await api.GetAsync<List<JsonElement>>("/api/pacs/audit-log?action=study-edited"));
    }

    /// <summary>Study A of patient P1 with two single-image series; with <paramref name="withSecondPatient"/>, study B of P2 too.</summary>
    private static async Task<RunningPacsApi> StartAsync(bool withSecondPatient = false)
    {
        var api = await RunningPacsApi.StartAsync();
        try
        {
            var instances = new List<PacsLab.Dicom.DicomDataset>
            {
                ApiTestInstances.Image("P1", StudyA, SeriesA1, SopA1),
                ApiTestInstances.Image("P1", StudyA, SeriesA2, SopA2),
            };
            if (withSecondPatient) instances.Add(ApiTestInstances.Image("P2", StudyB, StudyB + ".1", SopB, "ROE^RICHARD"));
            await ApiTestInstances.StoreAsync(api, [.. instances]);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    private static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<T>(RunningPacsApi.Json))!;
        }
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await ApiTestInstances.ProblemDetailAsync(response));
    }

    private static async Task<JsonElement> HeaderAsync(RunningPacsApi api, string sopInstanceUid) =>
        await api.GetAsync<JsonElement>($"/api/pacs/instances/{sopInstanceUid}/header");

    private static string? Value(JsonElement header, string tag) => header.GetProperty(tag).GetProperty("Value")[0].GetString();
}
