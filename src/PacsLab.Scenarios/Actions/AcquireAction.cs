using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>A technologist picks a worklist entry at the modality and acquires; the study goes to the device's send queue.</summary>
public sealed class AcquireAction : IScenarioAction
{
    public string Type => "acquire";
    public string Summary => "Acquires the worklist entry with the accession number on a modality and waits for its first send attempt.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("device", ParameterKind.Device, "the modality"),
        ParameterSpec.Needed("accession", ParameterKind.Order, "the accession number of the worklist entry picked"),
        ParameterSpec.Optional("as", ParameterKind.NewStudyName, "a name for the study, for objectives and later steps"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        DepartmentSteps.AcquireAsync(context, arguments.Text("device"), arguments.Text("accession"), arguments.Optional("as"), cancellationToken);
}
