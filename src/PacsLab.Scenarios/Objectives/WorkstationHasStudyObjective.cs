using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The reading workstation holds the named study with all of its images.</summary>
public sealed class WorkstationHasStudyObjective : IObjective
{
    public string Type => "workstation-has-study";
    public string Summary => "The reading workstation (RAD_WS1) has received the named study with all of its images.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } = [ParameterSpec.Needed("study", ParameterKind.Study, "the study the workstation must hold")];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var study = context.State.Study(arguments.Text("study"));
        var workstation = await context.Api.GetAsync("/api/department/workstation", cancellationToken).ConfigureAwait(false);
        var received = (workstation?["receivedStudies"]?.AsArray() ?? []).FirstOrDefault(s => s?["studyInstanceUid"]?.ToString() == study.StudyInstanceUid);
        var count = received?["instanceCount"]?.GetValue<int>() ?? 0;
        var title = context.Department.Workstation.AeTitle;
        return count >= study.InstanceCount && study.InstanceCount > 0
            ? CheckOutcome.Yes($"{title} has all {count} images of study {study.Name}")
            : CheckOutcome.No(received is null
                ? $"{title} has no images of study {study.Name}"
                : $"{title} has {count} of the {study.InstanceCount} images of study {study.Name}");
    }
}
