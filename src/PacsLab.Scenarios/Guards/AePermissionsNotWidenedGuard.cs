using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when an AE table entry was given a right it did not have when the department was set up (store, query,
/// retrieve, move destination), now or at any time since the ticket. Restoring a right a fault took away is not
/// widening; granting more than the device needs is.
/// </summary>
public sealed class AePermissionsNotWidenedGuard : IGuard
{
    private static readonly IReadOnlyDictionary<string, string> AuditNames = new Dictionary<string, string>
    {
        ["mayStore"] = "MayStore", ["mayQuery"] = "MayQuery", ["mayRetrieve"] = "MayRetrieve", ["isMoveDestination"] = "IsMoveDestination",
    };

    public string Type => "ae-permissions-not-widened";
    public string Summary => "Trips when an AE table entry gets a right (store, query, retrieve, move destination) it did not have at setup.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Optional("ae", ParameterKind.AeTitle, "watch only this entry (left out: every entry of a department device)")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var only = arguments.Optional("ae");
        var widened = new List<string>();
        foreach (var action in new[] { "ae-added", "ae-changed" })
        {
            foreach (var row in await AuditTrail.SinceTicketAsync(context, action, cancellationToken).ConfigureAwait(false))
            {
                var after = AuditTrail.State(row, "after");
                var title = after["AeTitle"]?.ToString() ?? "";
                if (only is not null && title != only) continue;
                if (ConnectivityAeTable.Original(context, title) is not { } original) continue;
                var gained = Gained(original, flag => after[AuditNames[flag]]?.GetValue<bool>() == true);
                if (gained.Count > 0) widened.Add($"{row["actor"]} gave {title} {string.Join(", ", gained)} at {row["at"]}");
            }
        }
        return widened.Count > 0
            ? CheckOutcome.Yes(string.Join("; ", widened.Distinct()))
            : CheckOutcome.No("no AE table entry was given rights beyond those it had at setup");
    }

    private static List<string> Gained(JsonObject original, Func<string, bool> hasNow) =>
        ConnectivityAeTable.Flags.Where(flag => !ConnectivityAeTable.Flag(original, flag) && hasNow(flag)).ToList();
}
