using PacsLab.Scenarios.Actions;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// A device sends to the PACS under a called AE title with a typo or in the wrong case (AE titles are case-sensitive):
/// the PACS rejects every association (called AE title not recognized).
/// </summary>
public sealed class CalledAeWrongFault : IFault
{
    public string Type => "called-ae-wrong";
    public string Summary => "A modality's destination called AE title is mistyped or in the wrong case; the PACS rejects its associations.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("calledAeTitle", ParameterKind.AeTitle, "the wrong called AE title it sends to, e.g. PACSLAB1 or pacslab"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(EditDeviceAction.Path(arguments.Text("device")), new { DestinationAeTitle = arguments.Text("calledAeTitle") }, cancellationToken);

    public string Describe(StepArguments arguments) =>
        $"{arguments.Text("device")} sends to the called AE title '{arguments.Text("calledAeTitle")}' instead of the PACS's own title.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var device = context.Device(arguments.Text("device"));
        return context.Api.PutAsync(EditDeviceAction.Path(device.Name), new { DestinationAeTitle = context.Department.DestinationOf(device).AeTitle }, cancellationToken);
    }
}
