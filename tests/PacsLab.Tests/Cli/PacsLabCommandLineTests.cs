namespace PacsLab.Tests.Cli;

public class PacsLabCommandLineTests
{
    [Fact]
    public async Task LabWriteConfig_WritesTheBuiltInDepartmentOnceAndNeverOverwrites()
    {
        using var folder = new PacsLab.TestKit.TempDirectory("pacslab-cli");
        var path = Path.Combine(folder.Path, "department.yaml");

        var first = await CommandLineRun.InvokeAsync("lab", "--write-config", path);
        await File.WriteAllTextAsync(path, "# edited by the instructor\n" + await File.ReadAllTextAsync(path));
        var second = await CommandLineRun.InvokeAsync("lab", "--write-config", path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("CT_ROOM1", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("exists already", second.Error, StringComparison.Ordinal);
        Assert.StartsWith("# edited by the instructor", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_ConfigWithTwoDevicesOnOnePort_RefusesToStartNamingTheField()
    {
        using var folder = new PacsLab.TestKit.TempDirectory("pacslab-cli");
        var path = Path.Combine(folder.Path, "department.yaml");
        await File.WriteAllTextAsync(path, "ris:\n  port: 11115\n");

        var run = await CommandLineRun.InvokeAsync("lab", "--config", path, "--data", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pacslab lab: the lab cannot start, because its configuration is not usable:", run.Error, StringComparison.Ordinal);
        Assert.Contains("11115", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lab_PacsPortZero_RefusedBecauseTheDevicesNeedAFixedPort()
    {
        using var folder = new PacsLab.TestKit.TempDirectory("pacslab-cli");
        var path = Path.Combine(folder.Path, "department.yaml");
        await File.WriteAllTextAsync(path, "pacs:\n  port: 0\n");

        var run = await CommandLineRun.InvokeAsync("lab", "--config", path, "--data", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("pacs.port is 0", run.Error, StringComparison.Ordinal);
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
