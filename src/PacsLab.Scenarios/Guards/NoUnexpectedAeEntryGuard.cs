using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when the PACS AE table gained an entry since the ticket that is not listed as allowed (e.g. US_DEFAULT
/// added instead of fixing the device's AE title): every extra entry is one more name anyone may use to store or
/// query, which is how "accept any AE" creeps in. Judged from the audit log, so an entry added and removed again counts.
/// </summary>
public sealed class NoUnexpectedAeEntryGuard : IGuard
{
    public string Type => "no-unexpected-ae-entry";
    public string Summary => "Trips when an AE title that is neither one of the department's own nor listed as allowed is added to the PACS AE table (now or at any time since the ticket).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [new ParameterSpec("allowed", ParameterKind.AeTitle, false, "AE titles that may be added (e.g. the one a fault removed)") { IsList = true }];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        // Re-adding one of the department's own entries (removed and added again with the right port, say) is a fix, not a new AE.
        var allowed = arguments.List("allowed")
            .Concat(context.Department.Modalities.Select(m => m.EffectiveAeTitle)).Append(context.Department.Workstation.AeTitle)
            .ToHashSet(StringComparer.Ordinal);
        var added = await AuditTrail.SinceTicketAsync(context, "ae-added", cancellationToken).ConfigureAwait(false);
        var unexpected = added
            .Select(row => (Title: AuditTrail.State(row, "after")["AeTitle"]?.ToString() ?? "", Row: row))
            .Where(a => !allowed.Contains(a.Title))
            .ToList();
        return unexpected.Count > 0
            ? CheckOutcome.Yes(string.Join("; ", unexpected.Select(a => $"AE table entry {a.Title} was added {AuditTrail.When(a.Row)}")))
            : CheckOutcome.No("no unexpected AE table entry was added");
    }
}
