using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>The modality's service menu: change its AE title, its port, where it sends and where it queries the worklist.</summary>
public sealed class EditDeviceAction : IScenarioAction
{
    public string Type => "edit-device";
    public string Summary => "Changes a modality's network settings in its service menu (PUT /api/department/modalities/{name}/config).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Optional("aeTitle", ParameterKind.AeTitle, "its own AE title"),
        ParameterSpec.Optional("port", ParameterKind.Port, "the port its C-ECHO SCP listens on"),
        ParameterSpec.Optional("destinationHost", ParameterKind.Text, "the host it sends images to"),
        ParameterSpec.Optional("destinationPort", ParameterKind.Port, "the port it sends images to"),
        ParameterSpec.Optional("destinationAeTitle", ParameterKind.AeTitle, "the called AE title it sends images to"),
        ParameterSpec.Optional("worklistHost", ParameterKind.Text, "the host of its worklist provider"),
        ParameterSpec.Optional("worklistPort", ParameterKind.Port, "the port of its worklist provider"),
        ParameterSpec.Optional("worklistAeTitle", ParameterKind.AeTitle, "the called AE title of its worklist provider"),
    ];

    public static string Path(string device) => $"/api/department/modalities/{Uri.EscapeDataString(device)}/config";

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(Path(arguments.Text("device")), new
        {
            AeTitle = arguments.Optional("aeTitle"),
            Port = arguments.OptionalInteger("port"),
            DestinationHost = arguments.Optional("destinationHost"),
            DestinationPort = arguments.OptionalInteger("destinationPort"),
            DestinationAeTitle = arguments.Optional("destinationAeTitle"),
            WorklistHost = arguments.Optional("worklistHost"),
            WorklistPort = arguments.OptionalInteger("worklistPort"),
            WorklistAeTitle = arguments.Optional("worklistAeTitle"),
        }, cancellationToken);
}
