using PacsLab.TestKit;

namespace PacsLab.Scenarios.Tests.Authoring;

/// <summary>
/// Compares a committed generated file with what its generator makes now. With PACSLAB_REGENERATE=1 in the
/// environment it writes the file instead, which is how the lead refreshes it after catalog entries change.
/// </summary>
internal static class GeneratedFile
{
    public const string RegenerateVariable = "PACSLAB_REGENERATE";

    public static string RegenerateCommand(string testName) =>
        $"{RegenerateVariable}=1 dotnet test tests/PacsLab.Scenarios.Tests --artifacts-path /tmp/art-NAME --filter \"FullyQualifiedName~{testName}\"";

    public static bool Regenerating => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    /// <param name="repositoryPath">The file, from the repository root.</param>
    /// <param name="generated">What the generator makes now.</param>
    /// <param name="read">The part of the file the generator owns (the whole file when null).</param>
    /// <param name="write">How to put <paramref name="generated"/> into the file's current text (the whole file when null).</param>
    /// <param name="testName">The test, for the command that regenerates.</param>
    public static void AssertCurrent(string repositoryPath, string generated, string testName, Func<string, string>? read = null, Func<string, string>? write = null)
    {
        var path = RepoRoot.File(repositoryPath.Split('/'));
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (Regenerating)
        {
            File.WriteAllText(path, write is null ? generated : write(committed));
            return;
        }
        var current = read is null ? committed : read(committed);
        Assert.True(current == generated,
            $"{repositoryPath} is stale: the scenario catalog changed since it was generated. Regenerate it from the repository root with\n" +
            $"  {RegenerateCommand(testName)}\nand commit the result.\n{FirstDifference(current, generated)}");
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of file)";
            if (left != right) return $"First difference at line {i + 1}:\n  committed: {left}\n  generated: {right}";
        }
        return "";
    }
}
