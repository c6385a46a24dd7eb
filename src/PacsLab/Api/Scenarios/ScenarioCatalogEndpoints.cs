using PacsLab.Scenarios;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Api.Scenarios;

/// <summary>
/// The scenarios as the free-play lab offers them: list, show (the ticket side only), validate a file's text, start
/// one (in a workspace and lab of its own; the answer names its REST API, where status, hints, check, report and stop
/// are), and self-test one.
/// </summary>
public static class ScenarioCatalogEndpoints
{
    public sealed record ScenarioSummary(string Id, string Title, ScenarioTrack Track, ScenarioDifficulty Difficulty, int Minutes, int Hints,
        IReadOnlyList<string> LearningObjectives, string Briefing);

    public sealed record ValidationResult(bool Valid, IReadOnlyList<ScenarioProblem> Problems);

    // The shipped scenarios are embedded: read and validated once, not on every request.
    private static readonly Lazy<Task<ScenarioLibrary>> Shipped = new(() => ScenarioLibrary.LoadAsync(ScenarioCatalog.Default));

    public static void MapScenarioCatalogApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scenarios").WithTags("Scenarios").AddEndpointFilter<ApiExceptionFilter>();
        group.MapGet("/", async () => (await Shipped.Value).Scenarios.Select(Summary).ToList()).WithName("ListScenarios");
        group.MapGet("/{id}", async (string id, CancellationToken ct) =>
            await FindAsync(id, ct) is { } s ? Results.Ok(Summary(s)) : NoScenario(id)).WithName("GetScenario");
        group.MapPost("/validate", async (HttpRequest request, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var yaml = await reader.ReadToEndAsync(ct);
            var checkedFile = ScenarioValidator.Check(yaml, "request", ScenarioCatalog.Default);
            return new ValidationResult(checkedFile.Problems.Count == 0, checkedFile.Problems);
        }).WithName("ValidateScenario");
        group.MapPost("/{id}/start", async (string id, ScenarioSessions sessions, CancellationToken ct) =>
        {
            if (await FindAsync(id, ct) is not { } scenario) return NoScenario(id);
            try
            {
                var session = await sessions.StartAsync(scenario, ct);
                return Results.Ok(session.Ticket);
            }
            catch (ScenarioStepException ex)
            {
                return Results.Problem(title: "The scenario could not be set up", statusCode: StatusCodes.Status500InternalServerError,
                    detail: $"{ex.Message} Run its self-test (POST /api/scenarios/{id}/selftest) to see which step fails.");
            }
        }).WithName("StartScenario");
        group.MapPost("/{id}/selftest", async (string id, ScenarioSessions sessions, CancellationToken ct) =>
        {
            if (await FindAsync(id, ct) is not { } scenario) return NoScenario(id);
            return Results.Ok(await sessions.SelfTest().RunAsync(scenario, Path.Combine(sessions.WorkspaceRoot, "selftest"), ct));
        }).WithName("SelfTestScenario");
    }

    private static async Task<Scenario?> FindAsync(string id, CancellationToken ct) => (await Shipped.Value.WaitAsync(ct)).Find(id);

    private static ScenarioSummary Summary(Scenario s) => new(s.Id, s.Title, s.Track, s.Difficulty, s.Minutes, s.Hints.Count, s.LearningObjectives, s.Briefing);

    private static IResult NoScenario(string id) =>
        Results.Problem(title: "No such scenario", statusCode: StatusCodes.Status404NotFound,
            detail: $"There is no scenario '{id}'. GET /api/scenarios lists them.");
}
