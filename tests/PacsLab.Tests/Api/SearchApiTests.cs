using System.Net;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.Tests.Api;

public sealed class SearchApiTests
{
    private const string SecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";

    private static async Task StoreAsync(RunningPacsApi api, params (string PatientId, string Name, string Study, string Date)[] studies)
    {
        var options = new DicomClientOptions { Host = "127.0.0.1", Port = api.DicomEndPoint.Port, CalledAeTitle = "PACSLAB", CallingAeTitle = "STORESCU" };
        await using var client = await DicomClient.ConnectAsync(options, DicomClient.Proposals([(SecondaryCapture, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])]));
        foreach (var (patientId, name, study, date) in studies)
        {
            var ds = new DicomDataset()
                .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, SecondaryCapture)
                .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, study + ".1.1")
                .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, date)
                .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "OT")
                .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, name)
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, study)
                .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, study + ".1");
            Assert.True((await client.StoreAsync(DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian))).Status.IsSuccess);
        }
        await client.ReleaseAsync();
    }

    [Fact]
    public async Task Studies_WildcardNameAndDateRange_UseCFindMatching()
    {
        await using var api = await RunningPacsApi.StartAsync();
        await StoreAsync(api, ("P1", "DOE^JANE", "1.2.3.1", "20260105"), ("P2", "DOE^JOHN", "1.2.3.2", "20261105"), ("P3", "ROE^RICHARD", "1.2.3.3", "20261106"));

        var studies = await api.GetAsync<List<Dictionary<string, string>>>("/api/pacs/studies?PatientName=doe*&StudyDate=20261101-");

        var study = Assert.Single(studies);
        Assert.Equal("1.2.3.2", study["StudyInstanceUID"]);
        Assert.Equal("DOE^JOHN", study["PatientName"]);
        Assert.Equal("1", study["NumberOfStudyRelatedInstances"]);
    }

    [Fact]
    public async Task PatientsSeriesInstances_FollowTheHierarchy()
    {
        await using var api = await RunningPacsApi.StartAsync();
        await StoreAsync(api, ("P1", "DOE^JANE", "1.2.3.1", "20260105"), ("P1", "DOE^JANE", "1.2.3.2", "20260106"));

        var patients = await api.GetAsync<List<Dictionary<string, string>>>("/api/pacs/patients?PatientID=P1");
        var series = await api.GetAsync<List<Dictionary<string, string>>>("/api/pacs/series?StudyInstanceUID=1.2.3.2");
        var instances = await api.GetAsync<List<Dictionary<string, string>>>("/api/pacs/instances?SeriesInstanceUID=1.2.3.2.1");

        Assert.Equal("2", Assert.Single(patients)["NumberOfPatientRelatedStudies"]);
        Assert.Equal("1.2.3.2.1", Assert.Single(series)["SeriesInstanceUID"]);
        Assert.Equal("1.2.3.2.1.1", Assert.Single(instances)["SOPInstanceUID"]);
    }

    [Theory]
    [InlineData("/api/pacs/studies?PatientNme=DOE", "not a DICOM attribute keyword")]
    [InlineData("/api/pacs/studies?StudyDate=2026-01-01", "StudyDate")]
    [InlineData("/api/pacs/studies?limit=0", "limit")]
    public async Task BadKeys_AreProblemDetails400SayingWhatIsWrong(string path, string expected)
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var response = await api.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }
}
