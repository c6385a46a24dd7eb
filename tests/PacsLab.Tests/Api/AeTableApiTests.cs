using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PacsLab.Api;
using PacsLab.Pacs.Network;
using PacsLab.TestKit;

namespace PacsLab.Tests.Api;

public sealed class AeTableApiTests
{
    [Fact]
    public async Task Put_NewAe_IsListedAuditedAndEchoReachesIt()
    {
        await using var api = await RunningPacsApi.StartAsync();
        await using var workstation = new ScpHarness(aeTitle: "RAD_WS1");

        using var put = await api.Http.PutAsJsonAsync("/api/pacs/ae-table/RAD_WS1",
            new RemoteAe("RAD_WS1", "127.0.0.1", workstation.Port, "reading room", IsMoveDestination: true));
        put.EnsureSuccessStatusCode();

        var list = await api.GetAsync<List<RemoteAe>>("/api/pacs/ae-table/");
        Assert.Contains(list, a => a is { AeTitle: "RAD_WS1", IsMoveDestination: true });
        using var echo = await api.Http.PostAsync("/api/pacs/ae-table/RAD_WS1/echo", null);
        var check = await echo.Content.ReadFromJsonAsync<EchoCheck>(RunningPacsApi.Json);
        Assert.True(check!.Success, check.Message);
        var audit = await api.GetAsync<List<JsonElement>>("/api/pacs/audit-log?action=ae-added");
        Assert.Contains("RAD_WS1", Assert.Single(audit).GetProperty("target").GetString());
    }

    [Fact]
    public async Task Get_AeTitledChecks_IsTheAeNotTheAssociationChecks()
    {
        await using var api = await RunningPacsApi.StartAsync();
        (await api.Http.PutAsJsonAsync("/api/pacs/ae-table/checks", new RemoteAe("checks", "127.0.0.1", 104, "an unlucky name"))).EnsureSuccessStatusCode();

        var ae = await api.GetAsync<RemoteAe>("/api/pacs/ae-table/checks");

        Assert.Equal("an unlucky name", ae.Description);
    }

    [Fact]
    public async Task Echo_AeWhosePortIsClosed_ReportsConnectionRefusedInPlainWords()
    {
        await using var api = await RunningPacsApi.StartAsync();
        var port = FreePort.Next();
        (await api.Http.PutAsJsonAsync("/api/pacs/ae-table/CT_ROOM1", new RemoteAe("CT_ROOM1", "127.0.0.1", port))).EnsureSuccessStatusCode();

        using var echo = await api.Http.PostAsync("/api/pacs/ae-table/CT_ROOM1/echo", null);
        var check = await echo.Content.ReadFromJsonAsync<EchoCheck>(RunningPacsApi.Json);

        Assert.False(check!.Success);
        Assert.Contains("connection refused", check.Message);
    }

    [Fact]
    public async Task Put_AeTitleTooLong_IsProblemDetails400WithTheRule()
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var put = await api.Http.PutAsJsonAsync("/api/pacs/ae-table/ABCDEFGHIJKLMNOPQ", new RemoteAe("ABCDEFGHIJKLMNOPQ", "127.0.0.1", 104));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Contains("at most 16", await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Delete_RemovesEntry_ThenGetIs404()
    {
        await using var api = await RunningPacsApi.StartAsync();

        using var delete = await api.Http.DeleteAsync("/api/pacs/ae-table/STORESCU");
        using var get = await api.Http.GetAsync("/api/pacs/ae-table/STORESCU");
        using var again = await api.Http.DeleteAsync("/api/pacs/ae-table/STORESCU");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Checks_SwitchOffCallingAe_IsRecordedAndReturned()
    {
        await using var api = await RunningPacsApi.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/pacs/association-checks")
        {
            Content = JsonContent.Create(new AssociationChecks(null, false, null)),
        };
        request.Headers.Add("X-PacsLab-User", "trainee1");

        using var response = await api.Http.SendAsync(request);
        var checks = await response.Content.ReadFromJsonAsync<AssociationChecks>(RunningPacsApi.Json);

        Assert.Equal(new AssociationChecks(true, false, false), checks);
        var audit = await api.GetAsync<List<JsonElement>>("/api/pacs/audit-log?action=association-checks-changed");
        Assert.Equal("api:trainee1", Assert.Single(audit).GetProperty("actor").GetString());
    }
}
