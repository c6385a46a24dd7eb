using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Guards;

/// <summary>
/// Trips when one of the PACS's association checks (called AE, calling AE, peer host) is off now, or was switched
/// off at any time since the ticket (switching it back on afterwards does not undo the exposure).
/// </summary>
public sealed class AssociationCheckStaysOnGuard : IGuard
{
    private static readonly IReadOnlyDictionary<string, (string Field, string Words)> Checks = new Dictionary<string, (string, string)>
    {
        ["called-ae"] = ("checkCalledAeTitle", "called AE"),
        ["calling-ae"] = ("checkCallingAeTitle", "calling AE"),
        ["peer-host"] = ("checkPeerHost", "peer host"),
    };

    public string Type => "association-check-stays-on";
    public string Summary => "Trips when the PACS's called-AE, calling-AE or peer-host check is switched off (now or at any time since the ticket).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.OneOf("check", true, "which check must stay on", "called-ae", "calling-ae", "peer-host")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (field, words) = Checks[arguments.Text("check")];
        var now = await context.Api.GetAsync("/api/pacs/association-checks", cancellationToken).ConfigureAwait(false);
        if (now?[field]?.GetValue<bool>() == false)
            return CheckOutcome.Yes($"the PACS's {words} check is off");
        var changes = await AuditTrail.SinceTicketAsync(context, "association-checks-changed", cancellationToken).ConfigureAwait(false);
        // The audit's "after" is the settings row: {"CheckCalledAeTitle":true,"CheckCallingAeTitle":false,...}.
        var property = $"{char.ToUpperInvariant(field[0])}{field[1..]}";
        var switchedOff = changes.FirstOrDefault(c => AuditTrail.State(c, "after")[property]?.GetValue<bool>() == false);
        return switchedOff is not null
            ? CheckOutcome.Yes($"the {words} check was switched off {AuditTrail.When(switchedOff)} (it is on again now)")
            : CheckOutcome.No($"the {words} check stayed on");
    }
}
