using System.CommandLine;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Cli;

/// <summary>Options the scenario commands share, and loading the library they name.</summary>
internal static class ScenarioOptions
{
    public static Option<string?> Dir() => new("--dir")
    {
        Description = "A folder of your own scenario files (*.yaml), offered beside the shipped ones (a file there replaces a shipped one with the same id).",
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = "The lab's data directory; scenario workspaces live in its scenarios/ folder (default ./pacslab-data). Never the free-play lab's own state.",
    };

    public static string WorkspaceRoot(string? data) => Path.GetFullPath(Path.Combine(data ?? "pacslab-data", "scenarios"));

    public static Task<ScenarioLibrary> LibraryAsync(string? dir, CancellationToken cancellationToken) =>
        ScenarioLibrary.LoadAsync(ScenarioCatalog.Default, dir, cancellationToken);

    /// <summary>The scenario with that id, or a message listing the ones there are.</summary>
    public static async Task<(PacsLab.Scenarios.Model.Scenario? Scenario, string? Error)> FindAsync(string id, string? dir, CancellationToken cancellationToken)
    {
        var library = await LibraryAsync(dir, cancellationToken);
        if (library.Find(id) is { } scenario) return (scenario, null);
        var broken = library.Problems.Where(p => Path.GetFileNameWithoutExtension(p.Source) == id).ToList();
        if (broken.Count > 0)
            return (null, $"the scenario '{id}' has problems and cannot run:\n  {string.Join("\n  ", broken)}");
        return (null, $"there is no scenario '{id}'. `pacslab scenario list` shows them: {string.Join(", ", library.Scenarios.Select(s => s.Id))}");
    }
}
