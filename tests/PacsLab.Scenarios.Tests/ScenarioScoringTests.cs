using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Tests;

public class ScenarioScoringTests
{
    private static ObjectiveResult Objective(bool passed, int weight = 1) => new("o", passed, "", "", weight);
    private static GuardResult Guard(bool tripped, bool failsRun, int points) => new("g", tripped, failsRun, tripped ? points : 0, "", "");

    [Fact]
    public void Score_AllObjectivesNoHints_IsHundredAndSolved()
    {
        var (score, outcome) = ScenarioScoring.Score([Objective(true), Objective(true)], [Guard(false, true, 0)], 0);
        Assert.Equal((100, ScenarioOutcome.Solved), (score, outcome));
    }

    [Fact]
    public void Score_WeightsHintsAndPointGuards_AreSubtracted()
    {
        var (score, outcome) = ScenarioScoring.Score([Objective(true, 3), Objective(false, 1)], [Guard(true, false, 10)], 5);
        Assert.Equal((60, ScenarioOutcome.Unsolved), (score, outcome));
    }

    [Fact]
    public void Score_RunFailingGuard_IsZeroAndUnsafe()
    {
        var (score, outcome) = ScenarioScoring.Score([Objective(true)], [Guard(true, true, 0)], 0);
        Assert.Equal((0, ScenarioOutcome.Unsafe), (score, outcome));
    }

    [Fact]
    public void Score_NeverBelowZero()
    {
        var (score, _) = ScenarioScoring.Score([Objective(false)], [Guard(true, false, 30)], 20);
        Assert.Equal(0, score);
    }
}
