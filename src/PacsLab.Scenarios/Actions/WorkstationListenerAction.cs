using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Faults;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Starts or stops the workstation's DICOM listener (PUT /api/department/workstation/listener).</summary>
public sealed class WorkstationListenerAction : IScenarioAction
{
    public string Type => "workstation-listener";
    public string Summary => "Starts or stops the reading workstation's DICOM listener (its C-STORE SCP).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("running", ParameterKind.Flag, "on: listening; off: stopped")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(ConnectivitySettings.WorkstationListenerPath, new { Running = arguments.Flag("running") }, cancellationToken);
}
