using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// Evaluates a scenario's objectives and guards against the lab as it is now. An objective or guard that cannot be
/// evaluated (the lab refused or garbled the read) counts as failed / not tripped and says why, rather than breaking
/// the check; an unchecked guard keeps the run from counting as solved.
/// </summary>
public static class ScenarioChecker
{
    public static async Task<CheckReport> CheckAsync(ScenarioContext context, ScenarioCatalog catalog, int hintPoints, CancellationToken cancellationToken)
    {
        var objectives = new List<ObjectiveResult>();
        foreach (var spec in context.Scenario.Objectives)
        {
            var outcome = await EvaluateAsync(() => catalog.Objectives[spec.Type].EvaluateAsync(context, spec.Arguments, cancellationToken), cancellationToken).ConfigureAwait(false);
            objectives.Add(new ObjectiveResult(spec.Id, outcome.Passed, outcome.Passed ? spec.PassFeedback : spec.FailFeedback, outcome.Observed, spec.Weight));
        }
        var guards = new List<GuardResult>();
        foreach (var spec in context.Scenario.Guards)
        {
            var outcome = await EvaluateAsync(() => catalog.Guards[spec.Type].EvaluateAsync(context, spec.Arguments, cancellationToken), cancellationToken).ConfigureAwait(false);
            guards.Add(new GuardResult(spec.Id, outcome.Passed, spec.Penalty.FailsRun, outcome.Passed ? spec.Penalty.Points : 0,
                outcome.Passed ? spec.Feedback : "", outcome.Observed, Checked: !outcome.Observed.StartsWith(CouldNotBeChecked, StringComparison.Ordinal)));
        }
        return CheckReport.From(context.Time.GetUtcNow(), objectives, guards, hintPoints);
    }

    public const string CouldNotBeChecked = "could not be checked";

    private static async Task<CheckOutcome> EvaluateAsync(Func<Task<CheckOutcome>> evaluate, CancellationToken cancellationToken)
    {
        try
        {
            return await evaluate().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One unreadable answer (a timeout, an unexpected shape) must not sink the whole check: it is reported on its line.
            return CheckOutcome.No($"{CouldNotBeChecked}: {ex.Message}");
        }
    }
}
