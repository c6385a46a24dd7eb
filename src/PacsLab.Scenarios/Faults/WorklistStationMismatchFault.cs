using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// Orders are booked for a Scheduled Station AE Title (0040,0001) the device does not use: its worklist query asks
/// for its own title, so the orders never show on it.
/// </summary>
public sealed class WorklistStationMismatchFault : IFault
{
    public string Type => "worklist-station-mismatch";
    public string Summary => "Moves orders in the RIS to a station AE title the device does not use, so the device's worklist does not show them.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new ParameterSpec("accession", ParameterKind.Order, true, "the orders moved (one or a list)") { IsList = true },
        ParameterSpec.Needed("stationAeTitle", ParameterKind.AeTitle, "the station AE title they are booked for instead, e.g. CT_ROOM2"),
    ];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        foreach (var accession in arguments.List("accession"))
            await context.Api.PostAsync(Actions.RescheduleOrderAction.Path(accession), new { StationAeTitle = arguments.Text("stationAeTitle") }, cancellationToken)
                .ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) =>
        $"The orders {string.Join(", ", arguments.List("accession"))} were booked for the station AE title {arguments.Text("stationAeTitle")}.";

    /// <summary>Books each order back for the device its setup order named (its AE title at start).</summary>
    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        foreach (var accession in arguments.List("accession"))
        {
            var order = context.Scenario.Setup.Orders.FirstOrDefault(o => o.AccessionNumber == accession)
                        ?? throw new ScenarioStepException($"order {accession} is not one of setup.orders, so its station is not known");
            await context.Api.PostAsync(Actions.RescheduleOrderAction.Path(accession),
                new { StationAeTitle = order.StationAeTitle ?? context.Device(order.Device).EffectiveAeTitle }, cancellationToken).ConfigureAwait(false);
        }
    }
}
