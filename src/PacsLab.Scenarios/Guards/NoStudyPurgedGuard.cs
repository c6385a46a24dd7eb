using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>Trips when any study was purged from the recycle bin since the ticket: its images are gone for good.</summary>
public sealed class NoStudyPurgedGuard : IGuard
{
    public string Type => "no-study-purged";
    public string Summary => "Trips when a study was purged from the recycle bin since the ticket (its files removed for good).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var purged = await AuditTrail.SinceTicketAsync(context, "study-purged", cancellationToken).ConfigureAwait(false);
        return purged.Count == 0
            ? CheckOutcome.No("no study was purged")
            : CheckOutcome.Yes($"{AuditTrail.Text(purged[0], "target")} was purged {AuditTrail.When(purged[0])}: " +
                               AuditTrail.Text(purged[0], "summary"));
    }
}
