using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>POST /api/pacs/corrections/restore-study on a named study.</summary>
public sealed class RestoreStudyAction : IScenarioAction
{
    public string Type => "restore-study";
    public string Summary => "Brings a study back from the PACS recycle bin.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("study", ParameterKind.Study, "the study")];

    public Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken) =>
        MisfiledCorrections.RecycleBinAsync(context, Type, context.State.Study(arguments.Text("study")).StudyInstanceUid, cancellationToken);
}
