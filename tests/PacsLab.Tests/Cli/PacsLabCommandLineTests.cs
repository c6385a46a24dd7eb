namespace PacsLab.Tests.Cli;

public class PacsLabCommandLineTests
{
    [Fact]
    public async Task NoArguments_SaysTheWholeLabIsNotBuiltAndListsWhatWorks()
    {
        var run = await CommandLineRun.InvokeAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The whole lab is not built yet in this version", run.Output, StringComparison.Ordinal);
        Assert.Contains("pacslab dicom dump FILE", run.Output, StringComparison.Ordinal);
        Assert.Contains("pacslab pacs --data DIR", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Lab_SaysItCannotStartAndFails()
    {
        var run = await CommandLineRun.InvokeAsync("lab");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("pacslab lab: cannot start the lab, because this version of PacsLab does not have it yet.", run.Error, StringComparison.Ordinal);
        Assert.Contains("pacslab dicom dump FILE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        var run = await CommandLineRun.InvokeAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.1.0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithParseError()
    {
        var run = await CommandLineRun.InvokeAsync("frobnicate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }
}
