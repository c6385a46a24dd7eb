using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Faults;

/// <summary>
/// After a repair the field engineer left the modality with its factory AE title: the PACS does not know that title,
/// so every association the modality opens is rejected (calling AE title not recognized).
/// </summary>
public sealed class ModalityAeTitleResetFault : IFault
{
    public string Type => "modality-ae-reset";
    public string Summary => "A modality's AE title is back at its factory default after a repair; the PACS rejects its associations.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality that was repaired"),
        ParameterSpec.Needed("factoryAeTitle", ParameterKind.AeTitle, "the AE title it came back with, e.g. US_DEFAULT"),
    ];

    public Task InjectAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(Actions.EditDeviceAction.Path(arguments.Text("device")), new { AeTitle = arguments.Text("factoryAeTitle") }, cancellationToken);

    public string Describe(StepArguments arguments) =>
        $"{arguments.Text("device")}'s AE title was reset to its factory default '{arguments.Text("factoryAeTitle")}', a title the PACS AE table does not know.";

    public Task UndoAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        context.Api.PutAsync(Actions.EditDeviceAction.Path(arguments.Text("device")),
            new { AeTitle = context.Device(arguments.Text("device")).EffectiveAeTitle }, cancellationToken);
}
