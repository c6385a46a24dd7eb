using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The named study holds exactly the given number of images (by default as many as were acquired for it).</summary>
public sealed class StudyInstanceCountObjective : IObjective
{
    public string Type => "study-instance-count";
    public string Summary => "The named study holds exactly the given number of images (by default the number acquired for it).";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study to count"),
        ParameterSpec.Optional("count", ParameterKind.Integer, "how many images it must hold"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var name = arguments.Text("study");
        if (MisfiledPacsLookup.Named(context, name) is not { } study) return CheckOutcome.No(MisfiledPacsLookup.NotMadeYet(name));
        var wanted = arguments.OptionalInteger("count") ?? study.InstanceCount;
        var instances = await context.Api.SearchAsync("instances", [("StudyInstanceUID", study.StudyInstanceUid), ("SOPInstanceUID", "")], cancellationToken)
            .ConfigureAwait(false);
        var observed = instances.Count == 0 ? MisfiledPacsLookup.Missing(study) : $"study {study.Name} holds {instances.Count} images ({wanted} expected)";
        return instances.Count == wanted ? CheckOutcome.Yes(observed) : CheckOutcome.No(observed);
    }
}
