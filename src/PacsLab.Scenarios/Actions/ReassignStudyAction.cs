using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Files a named study under another patient (POST /api/pacs/corrections/reassign-study).</summary>
public sealed class ReassignStudyAction : IScenarioAction
{
    public string Type => "reassign-study";
    public string Summary => "Files a study under another patient: the PACS's record of that patient, or a new one with the patient's registered demographics.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study to move"),
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the Patient ID it belongs under"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.ReassignAsync(context, context.State.Study(arguments.Text("study")).StudyInstanceUid, arguments.Text("patient"), cancellationToken);
}
