using System.Runtime.CompilerServices;

namespace PacsLab.Dicom.Tests.Dictionary;

/// <summary>Finds files of the source tree from the test's bin folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorScript => Path.Combine(Root, "tools", "generate-dictionary.py");

    public static string DictionaryFile => Path.Combine(Root, "src", "PacsLab.Dicom", "Dictionary", "dicom-dictionary.tsv");

    // Walks up from the bin folder; with --artifacts-path outside the tree, from where this file was compiled.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "", Environment.CurrentDirectory];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PacsLab.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {string.Join(" or ", starts)} holds PacsLab.sln.");
    }
}
