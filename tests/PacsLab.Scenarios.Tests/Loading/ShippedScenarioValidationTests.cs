using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.TestKit;

namespace PacsLab.Scenarios.Tests.Loading;

/// <summary>Every scenario file in scenarios/ loads and validates with no problem, as a file (its name checked against its id) and as shipped.</summary>
public class ShippedScenarioValidationTests
{
    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepoRoot.File("scenarios"), "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task Check_ShippedFile_HasNoProblems(string file)
    {
        var result = await ScenarioValidator.CheckFileAsync(RepoRoot.File("scenarios", file), ScenarioCatalog.Default);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
    }

    [Fact]
    public async Task Library_EmbedsEveryScenarioFile_WithNoProblems()
    {
        var library = await ScenarioLibrary.LoadAsync(ScenarioCatalog.Default);

        Assert.True(library.Problems.Count == 0, string.Join("\n", library.Problems));
        var files = Directory.GetFiles(RepoRoot.File("scenarios"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(files, library.Scenarios.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Library_FolderWithBrokenFile_OffersTheGoodOnesAndReportsTheBadOne()
    {
        using var folder = new TempDirectory("pacslab-scenarios");
        var good = await File.ReadAllTextAsync(RepoRoot.File("scenarios", "us-ae-title-reset.yaml"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "my-copy.yaml"), good.Replace("id: us-ae-title-reset", "id: my-copy", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "broken.yaml"), good.Replace("id: us-ae-title-reset", "id: broken", StringComparison.Ordinal)
            .Replace("type: study-in-pacs", "type: study-in-pac", StringComparison.Ordinal));

        var library = await ScenarioLibrary.LoadAsync(ScenarioCatalog.Default, folder.Path);

        Assert.NotNull(library.Find("my-copy"));
        Assert.NotNull(library.Find("us-ae-title-reset"));
        Assert.Null(library.Find("broken"));
        var problem = Assert.Single(library.Problems);
        Assert.EndsWith("broken.yaml", problem.Source, StringComparison.Ordinal);
        Assert.Contains("unknown objective type 'study-in-pac'", problem.Message, StringComparison.Ordinal);
    }
}
