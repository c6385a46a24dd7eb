namespace PacsLab.Scenarios.Tests.Loading;

/// <summary>A small valid scenario as YAML, with the sections a test wants to change given as YAML blocks.</summary>
internal static class ScenarioText
{
    public const string Id = "validator-test";
    public const string Source = Id + ".yaml";

    public static string With(
        string setup = "",
        string faults = "faults:\n  - type: modality-ae-reset\n    device: US_CLINIC\n    factoryAeTitle: US_DEFAULT\n",
        string traffic = "traffic:\n  - action: register-manually\n    device: US_CLINIC\n    patient: PL100002\n    as: abdomen\n",
        string objectives = "objectives:\n  - id: arrived\n    type: study-in-pacs\n    study: abdomen\n    pass: on PACS\n    fail: not on PACS\n",
        string guards = "guards:\n  - id: calling-ae-on\n    type: association-check-stays-on\n    check: calling-ae\n    penalty: fail\n    feedback: unsafe\n",
        string solution = "solution:\n  - action: resend-jobs\n    device: US_CLINIC\n",
        string wrongFixes = "wrongFixes:\n  - name: checks off\n    steps:\n      - action: association-checks\n        callingAe: \"off\"\n    trips: [calling-ae-on]\n") =>
        $"id: {Id}\ntitle: Test\ntrack: connectivity\ndifficulty: beginner\nminutes: 10\nbriefing: A ticket.\ndebrief: The cause.\n" +
        "hints:\n  - text: Look.\n    cost: 10\n" + setup + faults + traffic + objectives + guards + solution + wrongFixes;

    /// <summary>The line of the first line of <paramref name="yaml"/> that contains <paramref name="text"/> (1-based).</summary>
    public static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;
}
