using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// The workstation's DICOM listener is stopped (a crashed service, a blocked port): nothing listens on its port, so
/// the PACS's C-MOVE sub-operations to it cannot connect.
/// </summary>
public sealed class PortBlockedFault : IFault
{
    public string Type => "port-blocked";
    public string Summary => "Stops the workstation's DICOM listener: nothing listens on its port, so images moved to it cannot arrive.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(ConnectivitySettings.WorkstationListenerPath, new { Running = false }, cancellationToken);

    public string Describe(StepArguments arguments) => "The workstation's DICOM listener was stopped; nothing listens on its port.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(ConnectivitySettings.WorkstationListenerPath, new { Running = true }, cancellationToken);
}
