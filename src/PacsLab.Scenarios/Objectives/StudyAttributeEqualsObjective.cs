using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>The named study's accession number, description or referring physician in the PACS is the given value.</summary>
public sealed class StudyAttributeEqualsObjective : IObjective
{
    private static readonly IReadOnlyDictionary<string, (string Keyword, string Words)> Attributes = new Dictionary<string, (string, string)>
    {
        ["accession"] = ("AccessionNumber", "accession number"),
        ["description"] = ("StudyDescription", "description"),
        ["referringPhysician"] = ("ReferringPhysicianName", "referring physician"),
    };

    public string Type => "study-attribute-equals";
    public string Summary => "The accession number, description or referring physician of the named study (or of the study that now holds the named series) is the given value.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Optional("study", ParameterKind.Study, "the study to follow (give this or series)"),
        ParameterSpec.Optional("series", ParameterKind.Series, "a series: the study that holds it now is checked, e.g. the new study a trainee's split made (give this or study)"),
        ParameterSpec.OneOf("attribute", true, "which attribute", "accession", "description", "referringPhysician"),
        ParameterSpec.Needed("value", ParameterKind.Text, "the value it must have (empty: it must be empty)"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var (studyUid, label) = await TargetAsync(context, arguments, cancellationToken).ConfigureAwait(false);
        if (studyUid is null) return CheckOutcome.No(label);
        var (keyword, words) = Attributes.TryGetValue(arguments.Text("attribute"), out var attribute)
            ? attribute
            : throw new ScenarioStepException($"attribute '{arguments.Text("attribute")}' is not one of {string.Join(", ", Attributes.Keys)}");
        var row = await MisfiledPacsLookup.StudyAsync(context, studyUid, cancellationToken).ConfigureAwait(false);
        if (row is null) return CheckOutcome.No($"{label} is not in the PACS");
        var found = row.GetValueOrDefault(keyword, "");
        var wanted = arguments.Text("value");
        var same = keyword == "ReferringPhysicianName" ? MisfiledPacsLookup.SameName(found, wanted) : found.Trim() == wanted.Trim();
        var observed = found.Length == 0 ? $"{label} has no {words}" : $"{label} has {words} '{found}'";
        return same ? CheckOutcome.Yes(observed) : CheckOutcome.No(observed);
    }

    /// <summary>The Study Instance UID to check and how to name it in feedback; a null UID means there is nothing to check yet (the label says why).</summary>
    private static async Task<(string? StudyUid, string Label)> TargetAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Optional("series") is { } seriesName)
        {
            var series = context.State.SeriesNamed(seriesName);
            var row = await MisfiledPacsLookup.SeriesAsync(context, series.SeriesInstanceUid, cancellationToken).ConfigureAwait(false);
            return row?.GetValueOrDefault("StudyInstanceUID") is { Length: > 0 } uid
                ? (uid, $"the study holding series {seriesName}")
                : (null, $"series {seriesName} is not in the PACS");
        }
        var name = arguments.Optional("study") ?? throw new ScenarioStepException("give 'study' (a named study) or 'series' (a named series whose study is checked)");
        return MisfiledPacsLookup.Named(context, name) is { } study ? (study.StudyInstanceUid, $"study {study.Name}") : (null, MisfiledPacsLookup.NotMadeYet(name));
    }
}
