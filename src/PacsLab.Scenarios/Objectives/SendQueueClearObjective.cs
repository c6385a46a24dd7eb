using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The modality's send queue has no job waiting, being sent or failed: everything it acquired was delivered.</summary>
public sealed class SendQueueClearObjective : IObjective
{
    public string Type => "send-queue-clear";
    public string Summary => "A modality's send queue has no job queued, waiting for a retry or failed.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("device", ParameterKind.Device, "the modality")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = arguments.Text("device");
        var jobs = await context.Api.GetAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/jobs", cancellationToken).ConfigureAwait(false);
        var open = (jobs?.AsArray() ?? []).Where(j => j?["state"]?.ToString() != "Sent").ToList();
        return open.Count == 0
            ? CheckOutcome.Yes($"{device}'s send queue is clear")
            : CheckOutcome.No($"{device}'s send queue holds {open.Count} undelivered job(s): " +
                string.Join("; ", open.Select(j => $"{j?["accessionNumber"]} {j?["state"]} ({j?["lastError"]?["message"] ?? j?["lastError"]?["summary"]})")));
    }
}
