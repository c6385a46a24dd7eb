using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Catalog;

/// <summary>
/// Watches for an unsafe or collateral action: from the end state and from the audit and association logs since
/// the ticket was handed out (so a check switched off and back on still counts).
/// </summary>
public interface IGuard : ICatalogEntry
{
    /// <summary><see cref="CheckOutcome.Passed"/> true means the guard tripped.</summary>
    Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken);
}
