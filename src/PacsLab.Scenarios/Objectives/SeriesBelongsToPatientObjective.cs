using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The named series is in a study of the given patient, and no longer in the study it was put into by mistake.</summary>
public sealed class SeriesBelongsToPatientObjective : IObjective
{
    public string Type => "series-belongs-to-patient";
    public string Summary => "The named series is in a study of the given patient, not in the study it was originally put into.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("series", ParameterKind.Series, "the series to follow"),
        ParameterSpec.Needed("patient", ParameterKind.Text, "the Patient ID whose study it must be in"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var series = context.State.SeriesNamed(arguments.Text("series"));
        var original = context.State.Study(series.StudyName);
        var row = await MisfiledPacsLookup.SeriesAsync(context, series.SeriesInstanceUid, cancellationToken).ConfigureAwait(false);
        if (row is null) return CheckOutcome.No($"series {series.Name} ({series.SeriesInstanceUid}) is not in the PACS: its study was deleted or purged");
        var studyUid = row.GetValueOrDefault("StudyInstanceUID", "");
        var study = await MisfiledPacsLookup.StudyAsync(context, studyUid, cancellationToken).ConfigureAwait(false);
        var owner = study is null ? "an unknown patient" : MisfiledPacsLookup.PatientText(study);
        if (studyUid == original.StudyInstanceUid)
            return CheckOutcome.No($"series {series.Name} is still in study {original.Name} ({studyUid}), under {owner}");
        var observed = $"series {series.Name} is in study {studyUid}, under {owner}";
        return study?.GetValueOrDefault("PatientID") == arguments.Text("patient") ? CheckOutcome.Yes(observed) : CheckOutcome.No(observed);
    }
}
