using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The named study is in the PACS with every image the modality acquired.</summary>
public sealed class StudyInPacsObjective : IObjective
{
    public string Type => "study-in-pacs";
    public string Summary => "The named study is in the PACS with all of its images.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("study", ParameterKind.Study, "the study that must arrive")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = context.State.Study(arguments.Text("study"));
        var instances = await context.Api.SearchAsync("instances", [("StudyInstanceUID", study.StudyInstanceUid), ("SOPInstanceUID", "")], cancellationToken)
            .ConfigureAwait(false);
        return instances.Count >= study.InstanceCount && study.InstanceCount > 0
            ? CheckOutcome.Yes($"the PACS has all {instances.Count} images of study {study.Name}")
            : CheckOutcome.No($"the PACS has {instances.Count} of the {study.InstanceCount} images of study {study.Name}");
    }
}
