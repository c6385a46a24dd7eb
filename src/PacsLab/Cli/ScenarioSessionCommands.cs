using System.CommandLine;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Cli;

/// <summary>`scenario status|hint|check|report|stop`: ask the running scenario's lab, found through the workspace's current.json or --url.</summary>
internal static class ScenarioSessionCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Session("status", "Show the running scenario: ticket, time so far, hints used, last check.", async (api, output, _, ct) =>
        {
            var status = await api.GetFromJsonAsync<ScenarioStatus>("api/scenario", PacsApiClient.Json, ct);
            await output.WriteLineAsync($"{status!.Title} ({status.Id}): {status.State}, {(int)status.Elapsed.TotalMinutes} of about {status.Minutes} minutes used.");
            await output.WriteLineAsync($"Hints used {status.HintsUsed} (-{status.HintPoints} points), {status.HintsLeft} left. Checks run: {status.Checks}" +
                                        (status.LastOutcome is { } outcome ? $", last: {outcome}, score {status.LastScore}." : "."));
            await output.WriteAsync(ScenarioText.Ticket(status.Ticket, ""));
            return 0;
        });
        yield return Session("hint", "Get the next hint (each costs points; the first ones are vague, the last precise).", async (api, output, _, ct) =>
        {
            var hint = await SendAsync<HintGiven>(api, HttpMethod.Post, "api/scenario/hints", ct);
            await output.WriteLineAsync($"Hint {hint.Number} (-{hint.Cost} points; {hint.Remaining} left): {hint.Text}");
            return 0;
        });
        yield return Session("check", "Check your fix now: each objective with its feedback, and any guard you tripped.", async (api, output, _, ct) =>
        {
            var check = await SendAsync<CheckReport>(api, HttpMethod.Post, "api/scenario/check", ct);
            await output.WriteAsync(ScenarioText.Check(check));
            return check.Outcome == ScenarioOutcome.Solved ? 0 : 1;
        });
        var json = new Option<bool>("--json") { Description = "The report as JSON instead of text." };
        yield return Session("report", "The report of the run: time, hints, objectives, guards, score, what you did, and the debrief.", async (api, output, result, ct) =>
        {
            var text = await ReadAsync(api, result.GetValue(json) ? "api/scenario/report" : "api/scenario/report?format=text", ct);
            await output.WriteAsync(text.EndsWith('\n') ? text : text + "\n");
            return 0;
        }, json);
        yield return Session("stop", "Stop the running scenario (its workspace stays until the scenario is started again).", async (api, output, _, ct) =>
        {
            await SendAsync<JsonElement>(api, HttpMethod.Post, "api/scenario/stop", ct);
            await output.WriteLineAsync("The scenario is stopping. `pacslab scenario start ID` begins it again from scratch.");
            return 0;
        });
    }

    private static Command Session(string name, string description, Func<HttpClient, TextWriter, ParseResult, CancellationToken, Task<int>> run, params Option[] more)
    {
        var data = ScenarioOptions.Data();
        var url = new Option<string?>("--url") { Description = "The scenario lab's REST API (default: the one `scenario start` recorded in the workspace)." };
        var command = new Command(name, description) { data, url };
        foreach (var option in more) command.Options.Add(option);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var address = result.GetValue(url);
            if (address is null)
            {
                var current = await ScenarioCurrentFile.ReadAsync(ScenarioOptions.WorkspaceRoot(result.GetValue(data)), ct);
                if (current is null)
                {
                    await error.WriteLineAsync($"pacslab scenario {name}: no scenario is running here. Start one with `pacslab scenario start ID` (in another terminal), " +
                                               "or give --data (the same as for start) or --url.");
                    return 2;
                }
                address = current.Api;
            }
            using var api = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2), DefaultRequestHeaders = { { "X-PacsLab-User", "cli" } } };
            try
            {
                return await run(api, result.InvocationConfiguration.Output, result, ct);
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"pacslab scenario {name}: cannot reach the scenario's lab at {address} ({ex.Message}). Has it stopped? `pacslab scenario start ID` starts it again.");
                return 1;
            }
            catch (PacsApiException ex)
            {
                await error.WriteLineAsync($"pacslab scenario {name}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<T> SendAsync<T>(HttpClient api, HttpMethod method, string path, CancellationToken ct)
    {
        using var response = await api.SendAsync(new HttpRequestMessage(method, path), ct);
        if (!response.IsSuccessStatusCode) throw new PacsApiException(await ProblemAsync(response, ct));
        return (await response.Content.ReadFromJsonAsync<T>(PacsApiClient.Json, ct))!;
    }

    private static async Task<string> ReadAsync(HttpClient api, string path, CancellationToken ct)
    {
        using var response = await api.GetAsync(path, ct);
        if (!response.IsSuccessStatusCode) throw new PacsApiException(await ProblemAsync(response, ct));
        return await response.Content.ReadAsStringAsync(ct);
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var text = new StringBuilder();
            if (problem.TryGetProperty("title", out var title)) text.Append(title.GetString());
            if (problem.TryGetProperty("detail", out var detail)) text.Append(": ").Append(detail.GetString());
            return text.Length > 0 ? text.ToString() : body;
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
