using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Catalog;

/// <summary>
/// One operation a trainee (or the department) can perform, through the same REST call the console uses: used for
/// traffic, setup device edits, solutions and wrong fixes.
/// </summary>
public interface IScenarioAction : ICatalogEntry
{
    Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken);
}
