using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The workstation's PACS AE table entry lost its "move destination" flag: the PACS answers its C-MOVE requests with
/// 0xA801 (move destination unknown), so priors never arrive.
/// </summary>
public sealed class WorkstationNotMoveDestinationFault : IFault
{
    public string Type => "workstation-not-move-destination";
    public string Summary => "The workstation's PACS AE table entry is no longer a C-MOVE destination; retrieves fail with 0xA801.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var entry = await ConnectivityAeTable.GetAsync(context, ConnectivityAeTable.Resolve(context, null), cancellationToken).ConfigureAwait(false);
        entry["isMoveDestination"] = false;
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) => "The workstation's PACS AE table entry was saved with 'move destination' off.";

    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var entry = await ConnectivityAeTable.GetAsync(context, ConnectivityAeTable.Resolve(context, null), cancellationToken).ConfigureAwait(false);
        entry["isMoveDestination"] = true;
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }
}
