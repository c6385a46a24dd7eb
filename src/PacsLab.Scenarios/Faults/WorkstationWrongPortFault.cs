using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The workstation's PACS AE table entry has the wrong port (the workstation moved, the table was not updated): the
/// PACS's C-MOVE sub-operations cannot connect to it, so nothing arrives.
/// </summary>
public sealed class WorkstationWrongPortFault : IFault
{
    public string Type => "workstation-wrong-port";
    public string Summary => "The workstation's PACS AE table entry points to a wrong port; C-MOVE to it cannot connect.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Optional("port", ParameterKind.Port, "the wrong port in the AE table (left out: a port where nothing listens)")];

    public async Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var entry = await ConnectivityAeTable.GetAsync(context, ConnectivityAeTable.Resolve(context, null), cancellationToken).ConfigureAwait(false);
        entry["port"] = arguments.OptionalInteger("port") ?? ScenarioContext.UnusedPort();
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }

    public string Describe(StepArguments arguments) =>
        $"The workstation's PACS AE table entry was given port {arguments.Optional("port") ?? "(one where nothing listens)"} instead of the port the workstation listens on.";

    public async Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var entry = await ConnectivityAeTable.GetAsync(context, ConnectivityAeTable.Resolve(context, null), cancellationToken).ConfigureAwait(false);
        entry["port"] = context.Department.Workstation.Port;
        await ConnectivityAeTable.SaveAsync(context, entry, cancellationToken).ConfigureAwait(false);
    }
}
