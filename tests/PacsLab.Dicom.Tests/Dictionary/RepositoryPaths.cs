using PacsLab.TestKit;

namespace PacsLab.Dicom.Tests.Dictionary;

/// <summary>The source-tree files the dictionary staleness tests compare.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepoRoot.Path;

    public static string GeneratorScript => RepoRoot.File("tools", "generate-dictionary.py");

    public static string DictionaryFile => RepoRoot.File("src", "PacsLab.Dicom", "Dictionary", "dicom-dictionary.tsv");
}
