using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The modality's worklist query (as its operator would run it) returns the order's accession number.</summary>
public sealed class WorklistShowsOrderObjective : IObjective
{
    public string Type => "worklist-shows-order";
    public string Summary => "A modality's worklist query returns the order with the accession number.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("accession", ParameterKind.Order, "the order that must be on its worklist"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = arguments.Text("device");
        var accession = arguments.Text("accession");
        var worklist = await context.Api.GetAsync($"/api/department/modalities/{Uri.EscapeDataString(device)}/worklist", cancellationToken).ConfigureAwait(false);
        var items = worklist?["items"]?.AsArray() ?? [];
        if (items.Any(i => i?["accessionNumber"]?.ToString() == accession))
            return CheckOutcome.Yes($"{device}'s worklist shows order {accession}");
        return CheckOutcome.No($"{device}'s worklist ({items.Count} entries for station {worklist?["stationAeTitle"]}) does not show order {accession}: {worklist?["summary"]}");
    }
}
