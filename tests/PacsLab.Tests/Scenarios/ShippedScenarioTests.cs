using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Scenarios;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;
using PacsLab.Scenarios.Runner;
using PacsLab.TestKit;

namespace PacsLab.Tests.Scenarios;

/// <summary>`pacslab scenario selftest --all` as tests: every shipped scenario is valid and proves itself.</summary>
public class ShippedScenarioTests
{
    public static TheoryData<string> ShippedIds()
    {
        var library = ScenarioLibrary.LoadAsync(ScenarioCatalog.Default).GetAwaiter().GetResult();
        var data = new TheoryData<string>();
        foreach (var scenario in library.Scenarios) data.Add(scenario.Id);
        return data;
    }

    [Fact]
    public async Task ShippedScenarios_AllLoadAndValidate()
    {
        var library = await ScenarioLibrary.LoadAsync(ScenarioCatalog.Default);
        Assert.True(library.Problems.Count == 0, string.Join("\n", library.Problems));
        Assert.NotEmpty(library.Scenarios);
    }

    [Theory]
    [MemberData(nameof(ShippedIds))]
    public async Task SelfTest_ShippedScenario_Passes(string id)
    {
        var library = await ScenarioLibrary.LoadAsync(ScenarioCatalog.Default);
        var scenario = library.Find(id)!;
        using var workspace = new TempDirectory("pacslab-selftest");
        var runner = new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, NullLoggerFactory.Instance);
        var result = await new ScenarioSelfTest(runner, ScenarioCatalog.Default).RunAsync(scenario, workspace.Path, CancellationToken.None);
        Assert.True(result.Passed, string.Join("\n", result.Stages.Select(s => $"{(s.Passed ? "ok" : "FAILED")}: {s.Name}" +
            string.Concat(s.Problems.Select(p => $"\n    {p}")))));
    }
}
