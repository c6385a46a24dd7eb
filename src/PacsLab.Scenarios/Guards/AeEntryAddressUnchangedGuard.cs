using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when the host or port of a PACS AE table entry was changed since the ticket. The AE table says where the
/// PACS reaches a device (for C-ECHO and C-MOVE); editing it does nothing for the device's own sends and breaks what worked.
/// </summary>
public sealed class AeEntryAddressUnchangedGuard : IGuard
{
    public string Type => "ae-entry-address-unchanged";
    public string Summary => "Trips when the host or port of a PACS AE table entry is changed (now or at any time since the ticket).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("ae", ParameterKind.AeTitle, "the entry whose address must stay as it is")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var ae = arguments.Text("ae");
        var changes = await AuditTrail.SinceTicketAsync(context, "ae-changed", cancellationToken).ConfigureAwait(false);
        foreach (var row in changes)
        {
            var before = AuditTrail.State(row, "before");
            var after = AuditTrail.State(row, "after");
            if (after["AeTitle"]?.ToString() != ae) continue;
            var was = $"{before["Host"]}:{before["Port"]}";
            var now = $"{after["Host"]}:{after["Port"]}";
            if (was != now) return CheckOutcome.Yes($"{row["actor"]} changed the AE table entry {ae} from {was} to {now} at {row["at"]}");
        }
        return CheckOutcome.No($"the AE table entry {ae} kept its host and port");
    }
}
