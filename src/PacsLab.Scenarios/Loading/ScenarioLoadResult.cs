using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Loading;

/// <summary>A scenario file read: the scenario when it could be built, and every problem found (an empty list means valid).</summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool IsValid => Scenario is not null && Problems.Count == 0;
}
