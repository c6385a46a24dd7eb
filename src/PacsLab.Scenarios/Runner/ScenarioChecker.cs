using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Evaluates a scenario's objectives and guards against the lab as it is now. An objective or guard that cannot be
/// evaluated (the lab refused the read) counts as failed / not tripped and says why, rather than breaking the check.
/// </summary>
public static class ScenarioChecker
{
    public static async Task<CheckReport> CheckAsync(ScenarioContext context, ScenarioCatalog catalog, int hintPoints, CancellationToken cancellationToken)
    {
        var objectives = new List<ObjectiveResult>();
        foreach (var spec in context.Scenario.Objectives)
        {
            var outcome = await EvaluateAsync(() => catalog.Objectives[spec.Type].EvaluateAsync(context, spec.Arguments, cancellationToken)).ConfigureAwait(false);
            objectives.Add(new ObjectiveResult(spec.Id, outcome.Passed, outcome.Passed ? spec.PassFeedback : spec.FailFeedback, outcome.Observed, spec.Weight));
        }
        var guards = new List<GuardResult>();
        foreach (var spec in context.Scenario.Guards)
        {
            var outcome = await EvaluateAsync(() => catalog.Guards[spec.Type].EvaluateAsync(context, spec.Arguments, cancellationToken)).ConfigureAwait(false);
            guards.Add(new GuardResult(spec.Id, outcome.Passed, spec.Penalty.FailsRun, outcome.Passed ? spec.Penalty.Points : 0,
                outcome.Passed ? spec.Feedback : "", outcome.Observed));
        }
        return CheckReport.From(context.Time.GetUtcNow(), objectives, guards, hintPoints);
    }

    private static async Task<CheckOutcome> EvaluateAsync(Func<Task<CheckOutcome>> evaluate)
    {
        try
        {
            return await evaluate().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is LabApiException or ScenarioStepException or HttpRequestException)
        {
            return CheckOutcome.No($"could not be checked: {ex.Message}");
        }
    }
}
