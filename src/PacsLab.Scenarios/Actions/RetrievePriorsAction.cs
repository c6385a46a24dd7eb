using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// The radiologist's "retrieve priors" at the workstation: C-FIND the patient's studies on the PACS and C-MOVE them
/// to the workstation. A retrieve that fails (the fault at work) is information, not a failed step.
/// </summary>
public sealed class RetrievePriorsAction : IScenarioAction
{
    public string Type => "retrieve-priors";
    public string Summary => "The workstation retrieves a patient's studies (or one named study) from the PACS by C-FIND and C-MOVE.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the patient whose studies are pulled"),
        ParameterSpec.Optional("study", ParameterKind.Study, "only this named study"),
    ];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = arguments.Optional("study") is { } name ? context.State.Study(name).StudyInstanceUid : null;
        var result = await context.Api.PostAsync("/api/department/workstation/retrieve",
            new { PatientId = arguments.Text("patient"), StudyInstanceUid = study }, cancellationToken).ConfigureAwait(false);
        ConnectivityLog.StepResult(context.Logger, Type, arguments.Text("patient"), result?["summary"]?.ToString() ?? "");
    }
}
