using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Api;

namespace PacsLab.Tests.Api;

/// <summary>/api/pacs/storage-settings and /api/pacs/accepted-syntaxes: read, change, audit, and bad input as problem details.</summary>
public sealed class PacsSettingsApiTests
{
    private const string UltrasoundImageStorage = "1.2.840.10008.5.1.4.1.1.6.1";

    [Fact]
    public async Task PutStorageSettings_SetsTheQuotaTheStoragePageShowsAndAuditsWho()
    {
        await using var api = await RunningPacsApi.StartAsync(new Dictionary<string, string?> { ["Pacs:StorageQuotaBytes"] = "1000000" });
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/pacs/storage-settings") { Content = JsonContent.Create(new StorageSettings(250_000_000)) };
        request.Headers.Add("X-PacsLab-User", "trainee1");

        using var response = await api.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        Assert.Equal(250_000_000, (await api.GetAsync<StorageSettings>("/api/pacs/storage-settings")).QuotaBytes);
        Assert.Equal(250_000_000, (await api.GetAsync<JsonElement>("/api/pacs/storage")).GetProperty("quotaBytes").GetInt64());
        var audit = Assert.Single(await api.GetAsync<List<JsonElement>>("/api/pacs/audit-log?action=storage-quota-changed"));
        Assert.Equal("api:trainee1", audit.GetProperty("actor").GetString());
        Assert.Equal("{\"StorageQuotaBytes\":1000000}", audit.GetProperty("before").GetString());
    }

    [Fact]
    public async Task PutStorageSettings_Negative_IsAProblemAndChangesNothing()
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var response = await api.Http.PutAsJsonAsync("/api/pacs/storage-settings", new StorageSettings(-5));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("negative", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, (await api.GetAsync<StorageSettings>("/api/pacs/storage-settings")).QuotaBytes);
    }

    [Fact]
    public async Task PutAcceptedSyntaxes_RefusedListsRoundTripAndANullListStaysAsItIs()
    {
        await using var api = await RunningPacsApi.StartAsync();
        (await api.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes", new AcceptedSyntaxes([UltrasoundImageStorage], ["1.2.840.10008.1.2"]))).EnsureSuccessStatusCode();

        (await api.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes", new AcceptedSyntaxes(null, []))).EnsureSuccessStatusCode();
        var now = await api.GetAsync<AcceptedSyntaxes>("/api/pacs/accepted-syntaxes");

        Assert.Equal([UltrasoundImageStorage], now.RefusedSopClasses);
        Assert.Empty(now.RefusedTransferSyntaxes!);
    }

    [Fact]
    public async Task PutAcceptedSyntaxes_NotAStorageSopClass_IsAProblemNamingTheUid()
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var response = await api.Http.PutAsJsonAsync("/api/pacs/accepted-syntaxes", new AcceptedSyntaxes(["1.2.840.10008.1.1"], null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'1.2.840.10008.1.1' is not a storage SOP class", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty((await api.GetAsync<AcceptedSyntaxes>("/api/pacs/accepted-syntaxes")).RefusedSopClasses!);
    }
}
