namespace PacsLab.TestKit;

/// <summary>What a finished peer process left behind.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Everything a failure message needs: the command, its exit code and both outputs.</summary>
    public string Describe() =>
        $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout ---\n{Clip(StandardOutput)}\n--- stderr ---\n{Clip(StandardError)}";

    private static string Clip(string text) => text.Length <= 4000 ? text : text[..4000] + $"\n... ({text.Length - 4000} more characters)";
}
