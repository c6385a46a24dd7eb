using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Loading;

namespace PacsLab.Scenarios.Tests.Loading;

public class ScenarioValidatorTests
{
    private static IReadOnlyList<ScenarioProblem> Problems(string yaml, ScenarioCatalog? catalog = null) =>
        ScenarioValidator.Check(yaml, ScenarioText.Source, catalog ?? TestCatalogEntries.Catalog).Problems;

    private static ScenarioProblem Single(string yaml, ScenarioCatalog? catalog = null)
    {
        var problems = Problems(yaml, catalog);
        Assert.True(problems.Count == 1, $"expected one problem, found {problems.Count}:\n{string.Join("\n", problems)}");
        return problems[0];
    }

    [Fact]
    public void Check_BaseScenario_HasNoProblems()
    {
        Assert.Empty(Problems(ScenarioText.With()));
    }

    [Fact]
    public void Check_SeriesNamedByEarlierFault_IsAccepted()
    {
        var yaml = ScenarioText.With(
            setup: "setup:\n  studies:\n    - as: prior\n      patient: PL100001\n      device: CT_ROOM1\n",
            faults: "faults:\n  - type: split-series\n    study: prior\n    images: 2\n    seriesAs: moved\n    as: split-off\n",
            traffic: "traffic:\n  - action: forward-series\n    series: [moved]\n    to: workstation\n  - action: register-manually\n    device: US_CLINIC\n    patient: PL100002\n    as: abdomen\n");

        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Check_SeriesUsedInTrafficButNamedInSolution_SaysWhereItIsNamed()
    {
        var yaml = ScenarioText.With(
            setup: "setup:\n  studies:\n    - as: prior\n      patient: PL100001\n      device: CT_ROOM1\n",
            traffic: "traffic:\n  - action: forward-series\n    series: [moved]\n    to: CT_ROOM1\n  - action: register-manually\n    device: US_CLINIC\n    patient: PL100002\n    as: abdomen\n",
            solution: "solution:\n  - action: resend-jobs\n    device: US_CLINIC\n");
        yaml = yaml.Replace("faults:\n  - type: modality-ae-reset\n    device: US_CLINIC\n    factoryAeTitle: US_DEFAULT\n", "", StringComparison.Ordinal)
            .Replace("traffic:\n", "faults:\n  - type: split-series\n    study: prior\n    seriesAs: other\ntraffic:\n", StringComparison.Ordinal);

        var problem = Single(yaml);

        Assert.Equal(ScenarioText.LineOf(yaml, "series: [moved]"), problem.Line);
        Assert.Equal("traffic[0].series", problem.Path);
        Assert.Contains("no series is named 'moved'. The series names defined so far are other", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StudyDefinedByALaterFault_IsUsedBeforeItIsDefined()
    {
        var yaml = ScenarioText.With(faults: "faults:\n  - type: split-series\n    study: later\n  - type: split-series\n    study: abdomen\n    as: later\n");

        var problems = Problems(yaml);

        Assert.Contains(problems, p => p.Path == "faults[0].study" && p.Message.Contains($"the study 'later' is used before it is defined (at line {ScenarioText.LineOf(yaml, "as: later")})", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "faults[1].study" && p.Message.Contains("the study 'abdomen' is used before it is defined", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WorkstationWhereTheParameterDoesNotAllowIt_IsRejected()
    {
        var yaml = ScenarioText.With(solution: "solution:\n  - action: resend-jobs\n    device: workstation\n");

        var problem = Single(yaml);

        Assert.Equal("solution[0].device", problem.Path);
        Assert.Contains("'workstation' is not a device of the department", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SingleValueWhereAListIsTaken_AsksForBrackets()
    {
        var yaml = ScenarioText.With(
            faults: "faults:\n  - type: split-series\n    study: abdomen\n    seriesAs: moved\n",
            solution: "solution:\n  - action: forward-series\n    series: moved\n    to: workstation\n");
        yaml = yaml.Replace("faults:\n  - type: split-series", "faults:\n  - type: modality-ae-reset\n    device: US_CLINIC\n    factoryAeTitle: US_DEFAULT\n  - type: split-series", StringComparison.Ordinal);

        var problems = Problems(yaml);

        // The fault uses 'abdomen' before traffic names it; the solution writes one series without brackets.
        Assert.Equal(2, problems.Count);
        Assert.Contains("'series' takes a list (a list of: a series named earlier); write it as [moved]", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IntegerParameterWithText_SaysItTakesAWholeNumber()
    {
        var yaml = ScenarioText.With(
            setup: "setup:\n  studies:\n    - as: prior\n      patient: PL100001\n      device: CT_ROOM1\n",
            faults: "faults:\n  - type: split-series\n    study: prior\n    images: two\n");

        var problem = Single(yaml);

        Assert.Equal(("faults[0].images", ScenarioText.LineOf(yaml, "images: two")), (problem.Path, problem.Line));
        Assert.Contains("'two' is not a whole number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyValueOfANonTextParameter_IsReported()
    {
        var yaml = ScenarioText.With(solution: "solution:\n  - action: edit-device\n    device: US_CLINIC\n    aeTitle: \"  \"\n");

        var problem = Single(yaml);

        Assert.Equal("solution[0].aeTitle", problem.Path);
        Assert.Contains("'aeTitle' is empty; it takes an AE title", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownStepTypeWithAs_StillNamesTheStudy_SoOneTypoGivesOneProblem()
    {
        var yaml = ScenarioText.With(traffic: "traffic:\n  - action: register-manualy\n    device: US_CLINIC\n    patient: PL100002\n    as: abdomen\n");

        var problem = Single(yaml);

        Assert.Contains("unknown action 'register-manualy'. Did you mean 'register-manually'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NameDefinedInSolution_IsVisibleToLaterSolutionStepsOnly()
    {
        var yaml = ScenarioText.With(
            solution: "solution:\n  - action: register-manually\n    device: US_CLINIC\n    patient: PL100002\n    as: redo\n  - action: resend-jobs\n    device: US_CLINIC\n",
            wrongFixes: "wrongFixes:\n  - name: checks off\n    steps:\n      - action: register-manually\n        device: US_CLINIC\n        patient: PL100002\n        as: redo\n    trips: [calling-ae-on]\n");

        // Each wrong fix runs on its own, so naming 'redo' there too is no duplicate.
        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Check_DuplicateGuardId_NamesTheFirst()
    {
        var guards = "guards:\n  - id: calling-ae-on\n    type: association-check-stays-on\n    check: calling-ae\n    penalty: fail\n    feedback: unsafe\n" +
                     "  - id: calling-ae-on\n    type: association-check-stays-on\n    check: called-ae\n    penalty: 20\n    feedback: unsafe\n";
        var yaml = ScenarioText.With(guards: guards);

        var problem = Single(yaml);

        Assert.Equal("guards[1].id", problem.Path);
        Assert.Contains($"the guard id 'calling-ae-on' is already used at line {ScenarioText.LineOf(yaml, "- id: calling-ae-on")}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongFixWithNoTrips_AsksForTheGuard()
    {
        var yaml = ScenarioText.With(wrongFixes: "wrongFixes:\n  - name: checks off\n    steps:\n      - action: association-checks\n        callingAe: \"off\"\n    trips: []\n");

        var problem = Single(yaml);

        Assert.Contains("names no guard in 'trips'; list the guard ids it must trip, e.g. trips: [calling-ae-on]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SetupOrderProblems_EachNamedWithItsField()
    {
        var yaml = ScenarioText.With(setup: "setup:\n  orders:\n    - accession: V1\n      patient: PL100002\n      device: US_CLINIC\n" +
                                            "    - accession: V1\n      patient: PL000000\n      device: XR_ROOM\n      station: STATION\\ONE\n");

        var problems = Problems(yaml);

        Assert.Equal(["setup.orders[1].accession", "setup.orders[1].patient", "setup.orders[1].device", "setup.orders[1].station"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(ScenarioText.LineOf(yaml, "patient: PL000000") - 1, p.Line));
        Assert.Contains("is already used by the order at line 13", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SetupPatientWithACatalogId_IsReported()
    {
        var yaml = ScenarioText.With(setup: "setup:\n  patients:\n    - id: PL100003\n      name: OTHER^PERSON\n");

        var problem = Single(yaml);

        Assert.Contains("'PL100003' is already a patient of the sample catalog (O'BRIEN^SEAN^PATRICK)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SetupPatient_CanBeUsedByOrdersAndSteps()
    {
        var yaml = ScenarioText.With(
            setup: "setup:\n  patients:\n    - id: VX1\n      name: NEW^PERSON\n      birthDate: 20000229\n      sex: O\n  orders:\n    - accession: V1\n      patient: VX1\n      device: CT_ROOM1\n",
            traffic: "traffic:\n  - action: acquire\n    device: CT_ROOM1\n    accession: V1\n    as: abdomen\n");

        Assert.Empty(Problems(yaml));
    }

    [Fact]
    public void Check_ManyProblems_AreListedInFileOrder()
    {
        var yaml = ScenarioText.With(
            faults: "faults:\n  - type: modality-ae-reset\n    device: US_CLINC\n    factoryAeTitle: US_DEFAULT\n",
            wrongFixes: "wrongFixes:\n  - name: checks off\n    steps:\n      - action: association-checks\n        callingAe: maybe\n    trips: [nothing]\n") + "extra: field\n";

        var problems = Problems(yaml);

        Assert.Equal(4, problems.Count);
        Assert.Equal(problems.OrderBy(p => p.Line).Select(p => p.Line), problems.Select(p => p.Line));
        Assert.Equal(ScenarioText.LineOf(yaml, "extra: field"), problems[^1].Line);
    }

    [Fact]
    public void Check_NotAMapping_SaysWhatAScenarioFileIs()
    {
        var result = ScenarioValidator.Check("- just\n- a list\n", ScenarioText.Source, ScenarioCatalog.Default);

        Assert.Null(result.Scenario);
        Assert.Contains("a scenario file is one mapping of fields", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("port", "0", "'0' is not a TCP port")]
    [InlineData("port", "104", null)]
    [InlineData("port", "65535", null)]
    [InlineData("aeTitle", "CT\\ROOM", "contains a backslash")]
    [InlineData("aeTitle", "ABCDEFGHIJKLMNOPQ", "has 17 characters")]
    [InlineData("aeTitle", "ABCDEFGHIJKLMNOP", null)]
    [InlineData("destinationAeTitle", "PACS LAB", null)]
    public void Check_EditDeviceValue_IsJudgedByItsKind(string parameter, string value, string? problem)
    {
        var yaml = ScenarioText.With(solution: $"solution:\n  - action: edit-device\n    device: US_CLINIC\n    {parameter}: \"{value.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n");

        var problems = Problems(yaml);

        if (problem is null) Assert.Empty(problems);
        else Assert.Contains(problem, Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
