using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>POST /api/pacs/corrections/purge-study on a named study.</summary>
public sealed class PurgeStudyAction : IScenarioAction
{
    public string Type => "purge-study";
    public string Summary => "Removes a study that is in the recycle bin for good: its files and index rows are gone.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("study", ParameterKind.Study, "the study")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.RecycleBinAsync(context, Type, context.State.Study(arguments.Text("study")).StudyInstanceUid, cancellationToken);
}
