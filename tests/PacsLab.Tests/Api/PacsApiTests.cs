using System.Text.Json;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Pacs.Storage;

namespace PacsLab.Tests.Api;

public sealed class PacsApiTests
{
    [Fact]
    public async Task Health_ReportsTheDicomEndPoint()
    {
        await using var api = await RunningPacsApi.StartAsync();

        var health = await api.GetAsync<JsonElement>("/api/health");

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal(api.DicomEndPoint.ToString(), health.GetProperty("dicomEndPoint").GetString());
    }

    [Fact]
    public async Task AssociationLog_FilteredByAccepted_ShowsTheRejectionWithItsReason()
    {
        await using var api = await RunningPacsApi.StartAsync();
        var options = new DicomClientOptions { Host = "127.0.0.1", Port = api.DicomEndPoint.Port, CalledAeTitle = "PACSLAB" };
        var echo = DicomClient.Proposals([("1.2.840.10008.1.1", [DicomTransferSyntax.ImplicitVRLittleEndian.Uid])]);
        await using (var ok = await DicomClient.ConnectAsync(options with { CallingAeTitle = "STORESCU" }, echo)) await ok.ReleaseAsync();
        await Assert.ThrowsAsync<DicomNetworkException>(() => DicomClient.ConnectAsync(options with { CallingAeTitle = "CT_DEFAULT" }, echo));

        var rejected = await WaitForAsync(() => api.GetAsync<List<JsonElement>>("/api/pacs/association-log?accepted=false"), 1);
        var accepted = await WaitForAsync(() => api.GetAsync<List<JsonElement>>("/api/pacs/association-log?accepted=true"), 1);

        var row = Assert.Single(rejected);
        Assert.Equal("CT_DEFAULT", row.GetProperty("callingAeTitle").GetString());
        Assert.Contains("reason 3", row.GetProperty("rejectReason").GetString());
        Assert.Equal("STORESCU", Assert.Single(accepted).GetProperty("callingAeTitle").GetString());
    }

    [Fact]
    public async Task Storage_AfterAStore_CountsTheInstance()
    {
        await using var api = await RunningPacsApi.StartAsync();
        var ds = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7")
            .AddOrUpdate(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.3.4.1")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "P1")
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, "OT")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "1.2.3.4")
            .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, "1.2.3.4.0");
        var options = new DicomClientOptions { Host = "127.0.0.1", Port = api.DicomEndPoint.Port, CalledAeTitle = "PACSLAB", CallingAeTitle = "STORESCU" };
        await using (var client = await DicomClient.ConnectAsync(options,
            DicomClient.Proposals([("1.2.840.10008.5.1.4.1.1.7", [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])])))
        {
            Assert.True((await client.StoreAsync(DicomFile.Create(ds, DicomTransferSyntax.ExplicitVRLittleEndian))).Status.IsSuccess);
            await client.ReleaseAsync();
        }

        var report = await api.GetAsync<StorageReport>("/api/pacs/storage");

        Assert.Equal(1, report.Instances);
        Assert.Equal(1, report.Studies);
        Assert.True(report.Bytes > 0);
        Assert.Equal("OT", Assert.Single(report.ByModality).Modality);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesThePacsRoutes()
    {
        await using var api = await RunningPacsApi.StartAsync();

        var document = await api.GetAsync<JsonElement>("/api/openapi.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/pacs/ae-table/{aeTitle}", out _));
        Assert.True(paths.TryGetProperty("/api/pacs/association-log", out _));
    }

    private static async Task<List<JsonElement>> WaitForAsync(Func<Task<List<JsonElement>>> read, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var rows = await read();
            if (rows.Count >= count) return rows;
            await Task.Delay(50);
        }
        throw new TimeoutException($"fewer than {count} rows appeared");
    }
}
