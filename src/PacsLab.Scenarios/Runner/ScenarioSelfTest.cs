using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>One stage of a self-test: what was proved or what failed to be.</summary>
public sealed record SelfTestStage(string Name, bool Passed, IReadOnlyList<string> Problems);

/// <summary>A scenario's self-test: each stage, and whether the scenario is proved.</summary>
public sealed record SelfTestResult(string ScenarioId, IReadOnlyList<SelfTestStage> Stages)
{
    public bool Passed => Stages.Count > 0 && Stages.All(s => s.Passed);
}

/// <summary>
/// Proves a scenario: right after start every objective fails and no guard has tripped; after its solution every
/// objective passes and no guard trips; after each listed wrong fix (on a fresh start) its guards trip.
/// </summary>
public sealed class ScenarioSelfTest(ScenarioRunner runner, ScenarioCatalog catalog)
{
    /// <summary>The name the self-test's steps act in: the trainee's role, so guards see them as a trainee's actions.</summary>
    public const string Actor = "selftest";

    public async Task<SelfTestResult> RunAsync(Scenario scenario, string workspaceRoot, CancellationToken cancellationToken)
    {
        var stages = new List<SelfTestStage>();
        try
        {
            await ProveAsync(scenario, workspaceRoot, stages, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A scenario that cannot even be set up is not proved; say which step broke instead of aborting a --all run.
            stages.Add(new SelfTestStage("start the scenario and run its steps", false, [ex.Message]));
        }
        return new SelfTestResult(scenario.Id, stages);
    }

    private async Task ProveAsync(Scenario scenario, string workspaceRoot, List<SelfTestStage> stages, CancellationToken cancellationToken)
    {
        await using (var session = await runner.StartAsync(scenario, workspaceRoot, cancellationToken).ConfigureAwait(false))
        {
            var start = await session.CheckAsync(cancellationToken).ConfigureAwait(false);
            stages.Add(new SelfTestStage("after start, every objective fails and no guard has tripped",
                !start.Objectives.Any(o => o.Passed) && !start.Guards.Any(g => g.Tripped || !g.Checked),
                [.. start.Objectives.Where(o => o.Passed).Select(o => $"objective '{o.Id}' already passes before any fix (found: {o.Observed})"),
                 .. start.Guards.Where(g => g.Tripped).Select(g => $"guard '{g.Id}' tripped before any fix (found: {g.Observed})"),
                 .. start.Guards.Where(g => !g.Checked).Select(g => $"guard '{g.Id}' {g.Observed}")]));

            var solved = await RunStepsAsync(session.Context.As(Actor), scenario.Solution, cancellationToken).ConfigureAwait(false);
            var end = await session.CheckAsync(cancellationToken).ConfigureAwait(false);
            stages.Add(new SelfTestStage("after the solution, every objective passes and no guard trips",
                solved.Count == 0 && end.Outcome == ScenarioOutcome.Solved && !end.Guards.Any(g => g.Tripped),
                [.. solved,
                 .. end.Objectives.Where(o => !o.Passed).Select(o => $"objective '{o.Id}' still fails after the solution (found: {o.Observed})"),
                 .. end.Guards.Where(g => g.Tripped).Select(g => $"the solution trips guard '{g.Id}' (found: {g.Observed})"),
                 .. end.Guards.Where(g => !g.Checked).Select(g => $"guard '{g.Id}' {g.Observed}")]));
        }

        foreach (var wrong in scenario.WrongFixes)
        {
            await using var session = await runner.StartAsync(scenario, workspaceRoot, cancellationToken).ConfigureAwait(false);
            var failed = await RunStepsAsync(session.Context.As(Actor), wrong.Steps, cancellationToken).ConfigureAwait(false);
            var check = await session.CheckAsync(cancellationToken).ConfigureAwait(false);
            var missed = wrong.Trips.Where(id => !check.Guards.Any(g => g.Id == id && g.Tripped)).ToList();
            stages.Add(new SelfTestStage($"wrong fix '{wrong.Name}' trips {string.Join(", ", wrong.Trips)}",
                failed.Count == 0 && missed.Count == 0,
                [.. failed, .. missed.Select(id => $"guard '{id}' did not trip after the wrong fix '{wrong.Name}' (found: {check.Guards.FirstOrDefault(g => g.Id == id)?.Observed ?? "no such guard"})")]));
        }
    }

    private async Task<List<string>> RunStepsAsync(ScenarioContext context, IReadOnlyList<StepSpec> steps, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var step in steps)
        {
            try
            {
                await ScenarioRunner.RunStepAsync("step", step, () => catalog.Actions[step.Type].RunAsync(context, step.Arguments, cancellationToken)).ConfigureAwait(false);
            }
            catch (ScenarioStepException ex)
            {
                problems.Add(ex.Message);
                break;
            }
        }
        return problems;
    }
}
