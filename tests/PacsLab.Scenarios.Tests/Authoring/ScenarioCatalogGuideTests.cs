using PacsLab.Scenarios.Authoring;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Tests.Loading;
using PacsLab.TestKit;

namespace PacsLab.Scenarios.Tests.Authoring;

public class ScenarioCatalogGuideTests
{
    [Fact]
    public void AuthoringGuide_CatalogSection_IsWhatTheCatalogGivesNow()
    {
        var catalog = ScenarioCatalog.Default;
        GeneratedFile.AssertCurrent(ScenarioCatalogGuide.RepositoryPath, ScenarioCatalogGuide.Render(catalog), nameof(AuthoringGuide_CatalogSection_IsWhatTheCatalogGivesNow),
            ScenarioCatalogGuide.CurrentSection, markdown => ScenarioCatalogGuide.ReplaceSection(markdown, catalog));
    }

    [Fact]
    public void Render_HasARowForEveryParameterOfEveryEntry()
    {
        var catalog = TestCatalogEntries.Catalog;
        var guide = ScenarioCatalogGuide.Render(catalog);

        IEnumerable<ICatalogEntry> entries = [.. catalog.Faults.Values, .. catalog.Actions.Values, .. catalog.Objectives.Values, .. catalog.Guards.Values];
        Assert.All(entries, entry =>
        {
            Assert.Contains($"#### `{entry.Type}`\n\n{entry.Summary}\n", guide, StringComparison.Ordinal);
            foreach (var spec in entry.Parameters)
                Assert.Contains($"| `{spec.Name}` | {ParameterKindText.Describe(spec)} | {(spec.Required ? "yes" : "no")} | {spec.Description} |", guide, StringComparison.Ordinal);
        });
        Assert.Contains("| `series` | a list of: a series named earlier | yes | the series sent |", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceSection_KeepsTheTextAroundTheMarkers()
    {
        var markdown = $"# Guide\n\nBefore.\n\n{ScenarioCatalogGuide.BeginMarker}\nold tables\n{ScenarioCatalogGuide.EndMarker}\n\nAfter.\n";

        var replaced = ScenarioCatalogGuide.ReplaceSection(markdown, ScenarioCatalog.Default);

        Assert.StartsWith($"# Guide\n\nBefore.\n\n{ScenarioCatalogGuide.BeginMarker}\n<!-- Generated", replaced, StringComparison.Ordinal);
        Assert.EndsWith($"{ScenarioCatalogGuide.EndMarker}\n\nAfter.\n", replaced, StringComparison.Ordinal);
        Assert.DoesNotContain("old tables", replaced, StringComparison.Ordinal);
        Assert.Equal(ScenarioCatalogGuide.Render(ScenarioCatalog.Default), ScenarioCatalogGuide.CurrentSection(replaced));
    }

    [Fact]
    public void ReplaceSection_WithoutMarkers_SaysWhichLinesToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ScenarioCatalogGuide.ReplaceSection("# Guide\n", ScenarioCatalog.Default));

        Assert.Contains(ScenarioCatalogGuide.BeginMarker, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuthoringGuide_NamesTheCommandsAnInstructorUses()
    {
        var guide = File.ReadAllText(RepoRoot.File("docs", "scenario-authoring.md"));

        string[] commands = ["pacslab scenario validate", "pacslab scenario selftest", "pacslab scenario start", "pacslab scenario new", "--dir", "/api/scenario"];
        Assert.All(commands, c => Assert.Contains(c, guide, StringComparison.Ordinal));
    }
}
