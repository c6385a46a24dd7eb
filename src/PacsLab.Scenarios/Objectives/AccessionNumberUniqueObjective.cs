using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>Exactly one study in the PACS carries the accession number (the named one, when a study is given).</summary>
public sealed class AccessionNumberUniqueObjective : IObjective
{
    public string Type => "accession-number-unique";
    public string Summary => "Exactly one study in the PACS carries the accession number, and it is the named study when one is given.";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Needed("accession", ParameterKind.Text, "the accession number"),
        ParameterSpec.Optional("study", ParameterKind.Study, "the study that must be the one carrying it"),
    ];

    public async Task<CheckOutcome> EvaluateAsync(ScenarioContext context, StepArguments arguments, CancellationToken cancellationToken)
    {
        var accession = arguments.Text("accession");
        var rows = await context.Api.SearchAsync("studies", [("AccessionNumber", accession)], cancellationToken).ConfigureAwait(false);
        // C-FIND matching would treat * and ? as wildcards; only exact carriers count.
        var carriers = rows.Where(r => r.GetValueOrDefault("AccessionNumber") == accession).ToList();
        var listed = string.Join("; ", carriers.Select(r => $"{r.GetValueOrDefault("StudyInstanceUID")} under {MisfiledPacsLookup.PatientText(r)}"));
        if (carriers.Count == 0) return CheckOutcome.No($"no study in the PACS carries accession number {accession}");
        if (carriers.Count > 1) return CheckOutcome.No($"{carriers.Count} studies carry accession number {accession}: {listed}");
        if (arguments.Optional("study") is { } name && context.State.Study(name).StudyInstanceUid != carriers[0].GetValueOrDefault("StudyInstanceUID"))
            return CheckOutcome.No($"accession number {accession} is on study {listed}, not on study {name}");
        return CheckOutcome.Yes($"only study {listed} carries accession number {accession}");
    }
}
