using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// Moves named series out of a study into a new study for a patient (POST /api/pacs/corrections/split-series). The
/// PACS makes the new study's UID; the action reads it from the answer and names the study, so objectives can follow it.
/// </summary>
public sealed class SplitSeriesAction : IScenarioAction
{
    public string Type => "split-series";
    public string Summary => "Moves named series out of a study into a new study for a patient (existing in the PACS or new), and names the new study.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("study", ParameterKind.Study, "the study the series are in now"),
        ParameterSpec.Needed("series", ParameterKind.Series, "the series to move") with { IsList = true },
        ParameterSpec.Needed("patient", ParameterKind.Patient, "the Patient ID the new study belongs to"),
        ParameterSpec.Optional("accession", ParameterKind.Text, "the new study's accession number (left out: the source study's)"),
        ParameterSpec.Optional("description", ParameterKind.Text, "the new study's description (left out: the source study's)"),
        ParameterSpec.Optional("as", ParameterKind.NewStudyName, "a name for the new study, for objectives and later steps"),
    ];

    public async Task RunAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var source = context.State.Study(arguments.Text("study"));
        var series = arguments.List("series").Select(context.State.SeriesNamed).ToList();
        if (series.Count == 0) throw new ScenarioStepException("split-series moves nothing: name at least one series");
        var patientId = arguments.Text("patient");
        var answer = await MisfiledCorrections.SplitAsync(context, source.StudyInstanceUid, series.Select(s => s.SeriesInstanceUid).ToList(), patientId,
            new { AccessionNumber = arguments.Optional("accession"), StudyDescription = arguments.Optional("description") }, cancellationToken).ConfigureAwait(false);
        var newUid = answer?["newStudyInstanceUid"]?.ToString()
                     ?? throw new ScenarioStepException($"the PACS split study {source.Name} but did not say the new study's UID");
        if (arguments.Optional("as") is { } name)
        {
            context.State.Studies[name] = new StudyHandle(name, newUid, patientId, arguments.Optional("accession") ?? source.AccessionNumber, source.Device,
                series.Select(s => s.SeriesInstanceUid).ToList(), series.Sum(s => s.InstanceCount));
        }
    }
}
