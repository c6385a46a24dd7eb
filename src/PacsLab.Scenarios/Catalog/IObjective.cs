using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Catalog;

/// <summary>A check on the end state, read through the REST API. It says what it found, so feedback can quote it.</summary>
public interface IObjective : ICatalogEntry
{
    Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken);
}
