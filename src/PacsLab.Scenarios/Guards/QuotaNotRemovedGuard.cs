using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when the PACS's storage quota is off (0, no limit), now or at any time since the ticket: the quota protects
/// the disk the archive and its index live on; removing it trades a refused store today for a full disk later.
/// </summary>
public sealed class QuotaNotRemovedGuard : IGuard
{
    public string Type => "quota-not-removed";
    public string Summary => "Trips when the PACS's storage quota is removed (set to 0, no limit), now or at any time since the ticket.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (quota, _) = await ConnectivitySettings.StorageAsync(context, cancellationToken).ConfigureAwait(false);
        if (quota == 0) return CheckOutcome.Yes("the PACS has no storage quota now");
        var changes = await AuditTrail.SinceTicketAsync(context, "storage-quota-changed", cancellationToken).ConfigureAwait(false);
        var removed = changes.FirstOrDefault(c => AuditTrail.State(c, "after")["StorageQuotaBytes"]?.GetValue<long>() == 0);
        return removed is not null
            ? CheckOutcome.Yes($"the storage quota was removed by {removed["actor"]} at {removed["at"]} (it is {ConnectivitySettings.Megabytes(quota)} now)")
            : CheckOutcome.No($"the storage quota stayed in place ({ConnectivitySettings.Megabytes(quota)})");
    }
}
