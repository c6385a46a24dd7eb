using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>
/// The scenarios PacsLab ships (scenarios/*.yaml, embedded in this assembly) and an instructor's own folder of them.
/// A file with problems is not offered; its problems are.
/// </summary>
public sealed class ScenarioLibrary
{
    private const string ResourcePrefix = "PacsLab.Scenarios.Shipped.";

    private ScenarioLibrary(IReadOnlyList<Scenario> scenarios, IReadOnlyList<ScenarioProblem> problems)
    {
        Scenarios = scenarios;
        Problems = problems;
    }

    public IReadOnlyList<Scenario> Scenarios { get; }
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    public Scenario? Find(string id) => Scenarios.FirstOrDefault(s => s.Id == id);

    /// <summary>The shipped scenarios, plus those in <paramref name="directory"/> when given (a file there replaces a shipped one with the same id).</summary>
    public static async Task<ScenarioLibrary> LoadAsync(ScenarioCatalog catalog, string? directory = null, CancellationToken cancellationToken = default)
    {
        var sources = new List<(string Source, string Yaml)>();
        var assembly = typeof(ScenarioLibrary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            sources.Add(($"scenarios/{name[ResourcePrefix.Length..]}", await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));
        }
        if (directory is not null)
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
                sources.Add((path, await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)));
        }

        var scenarios = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        var problems = new List<ScenarioProblem>();
        foreach (var (source, yaml) in sources)
        {
            var checkedFile = ScenarioValidator.Check(yaml, source, catalog);
            if (checkedFile.IsValid) scenarios[checkedFile.Scenario!.Id] = checkedFile.Scenario;
            else problems.AddRange(checkedFile.Problems);
        }
        return new ScenarioLibrary(scenarios.Values.OrderBy(s => s.Track).ThenBy(s => s.Difficulty).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(), problems);
    }
}
