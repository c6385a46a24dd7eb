using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// The committed sample studies as dicom3tools sees them: each passes dciodvfy without an error line. They include
/// what the default-size tests do not cover: MONOCHROME1 CR, DX, ISO_IR 192 text and reduced matrices.
/// </summary>
public sealed class SampleStudiesInteropTests
{
    [SkippableFact]
    public async Task SampleStudies_EveryFile_DciodvfyFindsNoError()
    {
        var dciodvfy = TestKit.Interop.RequirePeer("dciodvfy", "dicom3tools");
        var files = Directory.EnumerateFiles(RepoRoot.File("sample-studies"), "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 6, $"sample-studies/ holds {files.Count} DICOM files; its README lists more");

        var problems = new List<string>();
        foreach (var path in files)
        {
            var result = await PeerProcess.RunAsync(dciodvfy, [path]);
            var errors = (result.StandardOutput + result.StandardError).Split('\n').Where(l => l.Contains("Error", StringComparison.Ordinal)).ToList();
            if (errors.Count > 0) problems.Add($"{Path.GetRelativePath(RepoRoot.Path, path)}:\n  {string.Join("\n  ", errors)}");
        }

        Assert.True(problems.Count == 0, $"dciodvfy found errors in {problems.Count} sample files:\n{string.Join('\n', problems)}");
    }
}
