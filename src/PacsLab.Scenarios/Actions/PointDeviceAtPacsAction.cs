using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// The service engineer types the PACS's address from the ticket into the modality's destination (host, port and
/// called AE title), as the ticket lists them for this workspace; ports differ per workspace, so a scenario's
/// solution cannot write the number itself.
/// </summary>
public sealed class PointDeviceAtPacsAction : IScenarioAction
{
    public string Type => "point-device-at-pacs";
    public string Summary => "Sets a modality's destination host, port and called AE title to the PACS's, as the ticket lists them.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("device", ParameterKind.Device, "the modality")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var pacs = context.Department.Pacs.ToNode();
        return context.Api.PutAsync(EditDeviceAction.Path(arguments.Text("device")),
            new { DestinationHost = pacs.Host, DestinationPort = pacs.Port, DestinationAeTitle = pacs.AeTitle }, cancellationToken);
    }
}
