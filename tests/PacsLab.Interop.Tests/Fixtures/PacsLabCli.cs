using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>Runs the real `pacslab` executable (copied next to the tests by the project reference) as a user would.</summary>
public static class PacsLabCli
{
    public static Task<ProcessResult> RunAsync(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pacslab.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project should reference src/PacsLab.");
        return PeerProcess.RunAsync(DotnetHost(), arguments.Prepend(dll), TimeSpan.FromMinutes(1));
    }

    /// <summary>The dotnet host running these tests, so the CLI runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
