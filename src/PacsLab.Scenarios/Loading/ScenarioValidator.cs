using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// Checks a loaded scenario against the catalog and the department: known fault/objective/guard/action types,
/// parameters present, known and of the right kind, references to devices, patients, orders, studies, series and
/// guards that exist, names and ids given once. Each problem names the line and says what would be right.
/// </summary>
public static class ScenarioValidator
{
    /// <summary>The problems of <paramref name="scenario"/> in file order, against the built-in department and the sample catalog.</summary>
    public static IReadOnlyList<ScenarioProblem> Validate(Scenario scenario, ScenarioCatalog catalog) =>
        Validate(scenario, catalog, ScenarioReferences.Default);

    public static IReadOnlyList<ScenarioProblem> Validate(Scenario scenario, ScenarioCatalog catalog, ScenarioReferences references) =>
        InFileOrder(new ScenarioValidation(scenario, catalog, references).Run());

    /// <summary>Loads and validates scenario text: what <c>pacslab scenario validate FILE</c> reports. Valid when the result has no problems.</summary>
    /// <param name="yaml">The scenario file's text.</param>
    /// <param name="source">Its path (the file name must match the id) or another name for messages.</param>
    /// <param name="catalog">The catalog whose types it may use.</param>
    public static ScenarioLoadResult Check(string yaml, string source, ScenarioCatalog catalog)
    {
        var loaded = ScenarioLoader.Parse(yaml, source);
        if (loaded.Scenario is null) return loaded;
        return loaded with { Problems = InFileOrder(loaded.Problems.Concat(Validate(loaded.Scenario, catalog))) };
    }

    public static async Task<ScenarioLoadResult> CheckFileAsync(string path, ScenarioCatalog catalog, CancellationToken cancellationToken = default) =>
        Check(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path, catalog);

    /// <summary>Sorted by line; problems on the same line keep the order they were found in.</summary>
    private static List<ScenarioProblem> InFileOrder(IEnumerable<ScenarioProblem> problems) => problems.OrderBy(p => p.Line).ToList();
}
