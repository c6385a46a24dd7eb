using PacsLab.Scenarios.Runner;

namespace PacsLab.Api.Scenarios;

/// <summary>
/// The running scenario of this lab (a scenario workspace's lab only): status and ticket, hints, check, report,
/// stop. The CLI's `pacslab scenario status|hint|check|report|stop` call these.
/// </summary>
public static class ScenarioSessionEndpoints
{
    public static void MapScenarioSessionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenario").WithTags("Scenario").AddEndpointFilter<ApiExceptionFilter>();
        group.MapGet("/", (ScenarioSessionSlot slot) => With(slot, s => Results.Ok(s.Status()))).WithName("ScenarioStatus");
        group.MapGet("/ticket", (ScenarioSessionSlot slot) => With(slot, s => Results.Ok(s.Ticket))).WithName("ScenarioTicket");
        group.MapGet("/hints", (ScenarioSessionSlot slot) => With(slot, s => Results.Ok(s.HintsUsed))).WithName("ScenarioHintsUsed");
        group.MapPost("/hints", (ScenarioSessionSlot slot) => With(slot, s => s.NextHint() is { } hint
            ? Results.Ok(hint)
            : Results.Problem(title: "No hints left", statusCode: StatusCodes.Status409Conflict,
                detail: $"All {s.Scenario.Hints.Count} hints of this scenario have been given. Re-read them (GET /api/scenario/hints), then check your fix."))).WithName("ScenarioNextHint");
        group.MapPost("/check", async (ScenarioSessionSlot slot, CancellationToken ct) =>
            await WithAsync(slot, async s => Results.Ok(await s.CheckAsync(ct)))).WithName("ScenarioCheck");
        group.MapGet("/report", async (ScenarioSessionSlot slot, string? format, CancellationToken ct) => await WithAsync(slot, async s =>
        {
            var report = await s.ReportAsync(ct);
            return format == "text" ? Results.Text(report.ToText(), "text/plain; charset=utf-8") : Results.Ok(report);
        })).WithName("ScenarioReport");
        group.MapPost("/stop", (ScenarioSessionSlot slot, HttpContext http) => With(slot, s =>
        {
            // Stopping waits for requests in flight, this one included: stop once the answer has gone out.
            http.Response.OnCompleted(() =>
            {
                _ = Task.Run(() => s.StopAsync(CancellationToken.None));
                return Task.CompletedTask;
            });
            return Results.Accepted(value: new { Stopping = s.Scenario.Id, s.Workspace });
        })).WithName("ScenarioStop");
    }

    private static IResult With(ScenarioSessionSlot slot, Func<ScenarioSession, IResult> action) =>
        slot.Session is { } session ? action(session) : NotReady();

    private static async Task<IResult> WithAsync(ScenarioSessionSlot slot, Func<ScenarioSession, Task<IResult>> action) =>
        slot.Session is { } session ? await action(session) : NotReady();

    private static IResult NotReady() =>
        Results.Problem(title: "The scenario is not ready", statusCode: StatusCodes.Status409Conflict,
            detail: "The scenario runner is still setting up the department (setup, faults, traffic). Try again in a few seconds.");
}
