using PacsLab.TestKit;

namespace PacsLab.Tests.Cli;

public class ScenarioCommandTests
{
    [Fact]
    public async Task List_ShowsShippedScenarios()
    {
        var run = await CommandLineRun.InvokeAsync("scenario", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("us-ae-title-reset", run.Output);
        Assert.Contains("connectivity", run.Output);
    }

    [Fact]
    public async Task Show_GivesTheTicketButNotTheAnswer_UnlessInstructor()
    {
        var trainee = await CommandLineRun.InvokeAsync("scenario", "show", "us-ae-title-reset");
        Assert.Equal(0, trainee.ExitCode);
        Assert.Contains("The ticket:", trainee.Output);
        Assert.DoesNotContain("US_DEFAULT", trainee.Output);

        var instructor = await CommandLineRun.InvokeAsync("scenario", "show", "us-ae-title-reset", "--instructor");
        Assert.Contains("factory default 'US_DEFAULT'", instructor.Output);
        Assert.Contains("Debrief:", instructor.Output);
    }

    [Fact]
    public async Task Show_UnknownId_SaysWhichThereAre()
    {
        var run = await CommandLineRun.InvokeAsync("scenario", "show", "no-such-thing");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no scenario 'no-such-thing'", run.Error);
        Assert.Contains("us-ae-title-reset", run.Error);
    }

    [Fact]
    public async Task Validate_BrokenFile_ListsLineNumberedProblemsAndFails()
    {
        using var folder = new TempDirectory("pacslab-validate");
        var file = Path.Combine(folder.Path, "broken.yaml");
        await File.WriteAllTextAsync(file, "id: broken\ntitle: Broken\ntrack: connectivity\ndifficulty: expert\nminutes: 10\nbriefing: b\ndebrief: d\n");
        var run = await CommandLineRun.InvokeAsync("scenario", "validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}:4: difficulty: 'expert' is not one of beginner, intermediate, advanced", run.Output);
    }

    [Fact]
    public async Task Status_NothingRunning_SaysHowToStartOne()
    {
        using var folder = new TempDirectory("pacslab-scenario-status");
        var run = await CommandLineRun.InvokeAsync("scenario", "status", "--data", folder.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no scenario is running here", run.Error);
    }

    [Fact]
    public async Task Start_ThenHintCheckReportStop_FromAnotherCommand()
    {
        using var folder = new TempDirectory("pacslab-scenario-cli");
        var httpPort = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = CommandLineRun.InvokeAsync("scenario", "start", "us-ae-title-reset", "--data", folder.Path, "--http-port", httpPort);
        var current = Path.Combine(folder.Path, "scenarios", "current.json");
        // `start` runs until stopped; it announces itself by writing current.json once the ticket is out.
        for (var waited = 0; !File.Exists(current) && !start.IsCompleted && waited < 600; waited++) await Task.Delay(100);
        Assert.True(File.Exists(current), start.IsCompleted ? $"start ended: {(await start).Error}" : "start did not get ready within a minute");

        var hint = await CommandLineRun.InvokeAsync("scenario", "hint", "--data", folder.Path);
        Assert.Equal(0, hint.ExitCode);
        Assert.StartsWith("Hint 1 (-10 points; 1 left):", hint.Output);
        var check = await CommandLineRun.InvokeAsync("scenario", "check", "--data", folder.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("[FAIL] abdomen-arrived", check.Output);
        var report = await CommandLineRun.InvokeAsync("scenario", "report", "--data", folder.Path);
        Assert.Contains("Hints used: 1", report.Output);
        Assert.Contains("Debrief:", report.Output);
        var stop = await CommandLineRun.InvokeAsync("scenario", "stop", "--data", folder.Path);
        Assert.Equal(0, stop.ExitCode);

        var started = await start.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, started.ExitCode);
        Assert.Contains("Your ticket:", started.Output);
        Assert.Contains("Scenario stopped. Your report:", started.Output);
        Assert.Contains("Outcome: Unsolved.", started.Output);
        Assert.Contains("Debrief:", started.Output);
        Assert.False(File.Exists(current));
        var saved = Directory.GetFiles(Path.Combine(folder.Path, "scenarios", "us-ae-title-reset"), "report.txt", SearchOption.AllDirectories);
        Assert.Contains("Hints used: 1", await File.ReadAllTextAsync(Assert.Single(saved)));
    }

    [Fact]
    public async Task New_WritesATemplateThatValidates_AndRefusesToOverwrite()
    {
        using var folder = new TempDirectory("pacslab-scenario-new");
        var made = await CommandLineRun.InvokeAsync("scenario", "new", "ct-my-first-fault", "--out", folder.Path);
        Assert.Equal(0, made.ExitCode);
        var file = Path.Combine(folder.Path, "ct-my-first-fault.yaml");
        var validated = await CommandLineRun.InvokeAsync("scenario", "validate", file);
        Assert.Equal(0, validated.ExitCode);
        Assert.Contains("valid (ct-my-first-fault", validated.Output);
        var again = await CommandLineRun.InvokeAsync("scenario", "new", "ct-my-first-fault", "--out", folder.Path);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists already", again.Error);
    }

    [Fact]
    public async Task New_IdNotLowerCaseWords_IsRefusedWithASuggestion()
    {
        var run = await CommandLineRun.InvokeAsync("scenario", "new", "My Scenario");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("my-scenario", run.Error);
    }
}
