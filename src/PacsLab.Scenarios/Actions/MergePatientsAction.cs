using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>Merges one PACS patient record into another (POST /api/pacs/corrections/merge-patients): <c>from</c> goes, its studies move to <c>into</c>.</summary>
public sealed class MergePatientsAction : IScenarioAction
{
    public string Type => "merge-patients";
    public string Summary => "Merges a duplicate patient record into the one to keep: every study moves across and the duplicate record is removed.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        // Text, not Patient: a duplicate record often carries an ID only typed at a modality (a temporary or trauma ID).
        ParameterSpec.Needed("from", ParameterKind.Text, "the Patient ID of the record to merge away"),
        ParameterSpec.Needed("into", ParameterKind.Text, "the Patient ID of the record to keep"),
    ];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.MergeAsync(context, arguments.Text("from"), arguments.Text("into"), cancellationToken);
}
