using System.Runtime.CompilerServices;

namespace PacsLab.TestKit;

/// <summary>
/// Finds the repository root, the folder that holds PacsLab.sln: above the test binaries, or, when they were built
/// outside the tree (dotnet test --artifacts-path), above where this file was compiled, or above the current folder.
/// </summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() => Locate());

    public static string Path => Root.Value;

    /// <summary>A path inside the repository, e.g. <c>RepoRoot.File("tools", "generate-dictionary.py")</c>.</summary>
    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static string Find(string startDirectory) =>
        TryFind(startDirectory) ?? throw new DirectoryNotFoundException($"No folder above {startDirectory} holds PacsLab.sln; run the tests from a clone of the repository.");

    private static string Locate([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? "", Environment.CurrentDirectory];
        return starts.Where(s => s.Length > 0).Select(TryFind).FirstOrDefault(r => r is not null)
            ?? throw new DirectoryNotFoundException($"No folder above {string.Join(" or ", starts)} holds PacsLab.sln; run the tests from a clone of the repository.");
    }

    private static string? TryFind(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "PacsLab.sln"))) return dir.FullName;
        }
        return null;
    }
}
