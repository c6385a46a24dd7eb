using PacsLab.TestKit;
using PacsLab.Tests.Api;

namespace PacsLab.Tests.Cli;

public sealed class PacsAeCommandTests
{
    [Fact]
    public async Task SetListEchoRemove_WorkThroughTheRestApi()
    {
        await using var api = await RunningPacsApi.StartAsync();
        await using var workstation = new ScpHarness(aeTitle: "RAD_WS1");
        var url = api.Http.BaseAddress!.ToString();

        var set = await CommandLineRun.InvokeAsync("pacs", "ae", "set", "RAD_WS1", "127.0.0.1", workstation.Port.ToString(), "--move-destination", "--no-store", "--url", url);
        var list = await CommandLineRun.InvokeAsync("pacs", "ae", "list", "--url", url);
        var echo = await CommandLineRun.InvokeAsync("pacs", "ae", "echo", "RAD_WS1", "--url", url);
        var remove = await CommandLineRun.InvokeAsync("pacs", "ae", "remove", "RAD_WS1", "--url", url);
        var again = await CommandLineRun.InvokeAsync("pacs", "ae", "remove", "RAD_WS1", "--url", url);

        Assert.Equal(0, set.ExitCode);
        Assert.Contains("may query, retrieve; move destination", set.Output);
        Assert.Contains("RAD_WS1", list.Output);
        Assert.Contains("STORESCU", list.Output);
        Assert.Equal(0, echo.ExitCode);
        Assert.StartsWith("ok", echo.Output);
        Assert.Equal(0, remove.ExitCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no AE table entry with the title 'RAD_WS1'", again.Error);
    }

    [Fact]
    public async Task Checks_SwitchCallingAeOff_IsShownAndAudited()
    {
        await using var api = await RunningPacsApi.StartAsync();
        var url = api.Http.BaseAddress!.ToString();

        var run = await CommandLineRun.InvokeAsync("pacs", "ae", "checks", "--calling", "false", "--url", url);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("calling AE title check: off", run.Output);
        var audit = await api.GetAsync<List<System.Text.Json.JsonElement>>("/api/pacs/audit-log?action=association-checks-changed");
        Assert.Equal("api:cli", Assert.Single(audit).GetProperty("actor").GetString());
    }

    [Fact]
    public async Task NoPacsRunning_SaysWhatToCheck()
    {
        var run = await CommandLineRun.InvokeAsync("pacs", "ae", "list", "--url", $"http://127.0.0.1:{FreePort.Next()}/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach the PACS REST API", run.Error);
        Assert.Contains("Is `pacslab pacs` running", run.Error);
    }
}
