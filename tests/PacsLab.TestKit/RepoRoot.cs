namespace PacsLab.TestKit;

/// <summary>Finds the repository root: the nearest folder above the test binaries that holds PacsLab.sln.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(() => Find(AppContext.BaseDirectory));

    public static string Path => Root.Value;

    public static string Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PacsLab.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above {startDirectory} holds PacsLab.sln; run the tests from a clone of the repository.");
    }
}
