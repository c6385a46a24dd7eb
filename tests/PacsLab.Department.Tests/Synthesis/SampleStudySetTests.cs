using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis;
using PacsLab.TestKit;

namespace PacsLab.Department.Tests.Synthesis;

/// <summary>The files committed under sample-studies/ must be what the generator makes now, byte for byte.</summary>
public sealed class SampleStudySetTests : IDisposable
{
    private readonly TempDirectory _folder = new("pacslab-samples");

    [Fact]
    public async Task CommittedSampleStudies_AreWhatTheGeneratorMakesNow()
    {
        var catalog = await SampleCatalogLoader.LoadFileAsync(RepoRoot.File("sample-studies", "catalog.yaml"));
        foreach (var (request, options) in SampleStudySet.Requests(catalog))
            await StudyFolderWriter.WriteAsync(new StudySynthesizer(options).Synthesize(request), _folder.Path);
        var committedRoot = RepoRoot.File("sample-studies");

        var expected = DicomFiles(_folder.Path);
        var committed = DicomFiles(committedRoot);

        var stale = $"The sample studies under sample-studies/ are stale. Regenerate them from the repository root with `{SampleStudySet.RegenerateCommand}`";
        Assert.True(expected.SequenceEqual(committed),
            $"{stale} (and delete files it no longer makes).\nGenerator makes: {string.Join(", ", expected)}\nCommitted: {string.Join(", ", committed)}");
        foreach (var file in expected)
        {
            var made = await File.ReadAllBytesAsync(Path.Combine(_folder.Path, file));
            var kept = await File.ReadAllBytesAsync(Path.Combine(committedRoot, file));
            Assert.True(made.AsSpan().SequenceEqual(kept), $"{stale}: {file} differs.");
        }
    }

    [Fact]
    public async Task SampleStudySet_StaysSmallEnoughToCommit()
    {
        var catalog = SampleCatalogLoader.LoadEmbedded();
        long total = 0;
        foreach (var (request, options) in SampleStudySet.Requests(catalog))
        {
            foreach (var file in new StudySynthesizer(options).Synthesize(request).Instances)
                total += (await TestRequests.BytesAsync(file)).Length;
        }

        Assert.InRange(total, 1, 1_500_000);
    }

    private static List<string> DicomFiles(string root) =>
        Directory.EnumerateFiles(root, "*.dcm", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _folder.Dispose();
}
