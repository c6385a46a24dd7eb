using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The modality's service-menu Verify succeeds: C-ECHO to its destination (and, if asked, its worklist provider).</summary>
public sealed class DeviceEchoSucceedsObjective : IObjective
{
    public string Type => "device-echo-succeeds";
    public string Summary => "A modality's service-menu Verify succeeds against its destination, its worklist provider, or both.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.OneOf("peer", false, "which C-ECHO must succeed (left out: destination)", "destination", "worklist", "both"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = arguments.Text("device");
        var report = await context.Api.PostAsync(VerifyDeviceAction.Path(device), null, cancellationToken).ConfigureAwait(false);
        var peers = arguments.Optional("peer") switch
        {
            "worklist" => new[] { "worklist" },
            "both" => ["destination", "worklist"],
            _ => ["destination"],
        };
        var failed = peers.Where(p => report?[p]?["success"]?.GetValue<bool>() != true).ToList();
        var words = string.Join("; ", peers.Select(p => $"{p}: {report?[p]?["message"]}"));
        return failed.Count == 0
            ? CheckOutcome.Yes($"{device}'s Verify succeeded ({words})")
            : CheckOutcome.No($"{device}'s Verify failed for the {string.Join(" and ", failed)} ({words})");
    }
}
