using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when the given patient was merged into another record since the ticket (the merge the wrong way round),
/// or no longer exists in the PACS at the end.
/// </summary>
public sealed class PatientNotMergedAwayGuard : IGuard
{
    public string Type => "patient-not-merged-away";
    public string Summary => "Trips when the given patient was merged into another record since the ticket, or no longer exists in the PACS.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID that must survive")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var id = arguments.Text("patient");
        var merges = await AuditTrail.SinceTicketAsync(context, "patients-merged", cancellationToken).ConfigureAwait(false);
        // The audit target is "patient PID" or "patient PID (issuer X)" for the record merged away.
        var merged = merges.FirstOrDefault(r => AuditTrail.Text(r, "target") is var target
                                                && (target == $"patient {id}" || target.StartsWith($"patient {id} (issuer ", StringComparison.Ordinal)));
        if (merged is not null)
            return CheckOutcome.Yes($"patient {id} was merged away {AuditTrail.When(merged)}: {AuditTrail.Text(merged, "summary")}");
        var row = await MisfiledPacsLookup.PatientAsync(context, id, cancellationToken).ConfigureAwait(false);
        return row is null
            ? CheckOutcome.Yes($"the PACS no longer has patient {id}")
            : CheckOutcome.No($"patient {MisfiledPacsLookup.PatientText(row)} is still in the PACS");
    }
}
