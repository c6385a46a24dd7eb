using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>POST /api/pacs/corrections/delete-study on a named study.</summary>
public sealed class DeleteStudyAction : IScenarioAction
{
    public string Type => "delete-study";
    public string Summary => "Moves a study to the PACS recycle bin (hidden from queries, files kept, restorable until purged).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("study", ParameterKind.Study, "the study")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.RecycleBinAsync(context, Type, context.State.Study(arguments.Text("study")).StudyInstanceUid, cancellationToken);
}
