using System.Text.RegularExpressions;
using PacsLab.Scenarios.Authoring;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Tests.Authoring;

public class ScenarioTemplateTests
{
    [Fact]
    public void Render_SavedUnderItsId_LoadsAndValidatesWithNoProblems()
    {
        var yaml = ScenarioTemplate.Render("ward-b-misfile", ScenarioCatalog.Default);

        var result = ScenarioValidator.Check(yaml, "/home/instructor/scenarios/ward-b-misfile.yaml", ScenarioCatalog.Default);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("ward-b-misfile", result.Scenario!.Id);
        Assert.NotEmpty(result.Scenario.Setup.Patients);
        Assert.NotEmpty(result.Scenario.Setup.Orders);
        Assert.NotEmpty(result.Scenario.Setup.Studies);
        Assert.NotEmpty(result.Scenario.WrongFixes);
    }

    [Fact]
    public void Render_IdRenamedWithoutRenamingTheFile_IsCaughtOnTheIdLine()
    {
        var yaml = ScenarioTemplate.Render("ward-b-misfile", ScenarioCatalog.Default).Replace("id: ward-b-misfile", "id: ward-c-misfile", StringComparison.Ordinal);

        var result = ScenarioValidator.Check(yaml, "ward-b-misfile.yaml", ScenarioCatalog.Default);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(yaml.Split('\n').ToList().IndexOf("id: ward-c-misfile") + 1, problem.Line);
        Assert.Contains("the id 'ward-c-misfile' does not match the file name 'ward-b-misfile.yaml'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ward B")]
    [InlineData("ward_b")]
    [InlineData("")]
    public void Render_IdNotLowerCaseWords_ThrowsWithASuggestion(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioTemplate.Render(id, ScenarioCatalog.Default));

        Assert.Contains("lower-case words joined by '-'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FirstLine_PointsEditorsAtTheSchema()
    {
        var yaml = ScenarioTemplate.Render("x", ScenarioCatalog.Default);

        Assert.StartsWith("# yaml-language-server: $schema=scenario.schema.json\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListsEveryCatalogEntryWithItsSummary()
    {
        var catalog = ScenarioCatalog.Default;
        var yaml = ScenarioTemplate.Render("x", catalog);

        IEnumerable<ICatalogEntry> entries = [.. catalog.Faults.Values, .. catalog.Actions.Values, .. catalog.Objectives.Values, .. catalog.Guards.Values];
        Assert.All(entries, e => Assert.Contains($"#   {e.Type}: {e.Summary}\n", yaml, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EveryTopLevelField_HasACommentAboveIt()
    {
        var lines = ScenarioTemplate.Render("x", ScenarioCatalog.Default).Split('\n');

        var fields = lines.Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, "^[a-zA-Z]+:")).ToList();

        Assert.Equal(16, fields.Count);
        Assert.All(fields, f => Assert.StartsWith("#", lines[f.index - 1], StringComparison.Ordinal));
    }
}
