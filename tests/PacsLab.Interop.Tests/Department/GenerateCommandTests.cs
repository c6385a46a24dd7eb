using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>`pacslab generate` run as a user runs it: the real executable, its output, its exit codes and its files.</summary>
public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new("pacslab-generate");

    [Fact]
    public async Task Generate_CtForTwoPatients_WritesPatientStudySeriesFoldersAndASummary()
    {
        var result = await PacsLabCli.RunAsync("generate", "--modality", "CT", "--patients", "2", "--studies", "1", "--seed", "7",
            "--images", "3", "--date", "2025-02-03", "--out", _directory.Path);

        Assert.True(result.Succeeded, result.Describe());
        var files = Directory.EnumerateFiles(_directory.Path, "*.dcm", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_directory.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            "PL100001_NAKAMURA_HARUKI/20250203_A10001_CT/001_AXIAL_5MM/0001.dcm",
            "PL100001_NAKAMURA_HARUKI/20250203_A10001_CT/001_AXIAL_5MM/0002.dcm",
            "PL100001_NAKAMURA_HARUKI/20250203_A10001_CT/001_AXIAL_5MM/0003.dcm",
            "PL100002_DOE_JANE/20250203_G007000201_CT/001_AXIAL_5MM/0001.dcm",
            "PL100002_DOE_JANE/20250203_G007000201_CT/001_AXIAL_5MM/0002.dcm",
            "PL100002_DOE_JANE/20250203_G007000201_CT/001_AXIAL_5MM/0003.dcm",
        ], files);
        Assert.Contains("CT A10001 NAKAMURA^HARUKI (PL100001): 3 instance(s)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Wrote 2 studies, 6 file(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_SameArgumentsTwice_SameFiles()
    {
        string[] arguments = ["generate", "--modality", "US,OT", "--patients", "1", "--studies", "2", "--seed", "3", "--date", "2025-02-03", "--matrix-divisor", "4", "--out"];
        var first = await PacsLabCli.RunAsync([.. arguments, _directory.File("a")]);
        var second = await PacsLabCli.RunAsync([.. arguments, _directory.File("b")]);

        Assert.True(first.Succeeded && second.Succeeded, first.Describe() + second.Describe());
        var files = Directory.EnumerateFiles(_directory.File("a"), "*.dcm", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_directory.File("a"), f)).ToList();
        Assert.Equal(4, files.Count); // three ultrasound images (the RUQ template) and one report capture
        foreach (var file in files)
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_directory.File("a"), file)), await File.ReadAllBytesAsync(Path.Combine(_directory.File("b"), file)));
    }

    [Theory]
    [InlineData("--modality XA --out {0}", "--modality 'XA' is not a modality PacsLab can synthesize")]
    [InlineData("--patients abc --out {0}", "--patients must be a whole number from 1 to 10000, not 'abc'")]
    [InlineData("--patients 0 --out {0}", "--patients must be a whole number from 1 to 10000, not '0'")]
    [InlineData("--studies 5000 --out {0}", "--studies must be a whole number from 1 to 1000")]
    [InlineData("--seed x1 --out {0}", "--seed must be a whole number, not 'x1'")]
    [InlineData("--matrix-divisor 17 --out {0}", "--matrix-divisor must be a whole number from 1 to 16")]
    [InlineData("--date 03/02/2025 --out {0}", "--date must be a day written YYYY-MM-DD")]
    [InlineData("--patients 200 --studies 100 --out {0}", "more than 10000 studies")]
    [InlineData("--modality CT", "name the folder to write into with --out DIR")]
    [InlineData("--out {0} --seed", "--seed needs a value")]
    [InlineData("--out {0} --frobnicate", "'--frobnicate' is not an option of generate")]
    public async Task Generate_BadArguments_Exit2WithTheProblemAndWriteNothing(string arguments, string problem)
    {
        var target = _directory.File("out");

        var result = await PacsLabCli.RunAsync(["generate", .. string.Format(System.Globalization.CultureInfo.InvariantCulture, arguments, target).Split(' ')]);

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.StartsWith("pacslab generate: ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(problem, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target), "nothing should be written for bad arguments");
    }

    [Fact]
    public async Task Generate_OutIsAFile_Exit2()
    {
        var file = _directory.File("not-a-folder");
        await File.WriteAllTextAsync(file, "x");

        var result = await PacsLabCli.RunAsync("generate", "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file; name a folder", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_CatalogWithAMistake_Exit2NamingFileLineAndField()
    {
        var catalog = _directory.File("catalog.yaml");
        var text = await File.ReadAllTextAsync(RepoRoot.File("sample-studies", "catalog.yaml"));
        await File.WriteAllTextAsync(catalog, text.Replace("accession: A10002, patient: PL100003", "accession: A10002, patient: PL100099", StringComparison.Ordinal));

        var result = await PacsLabCli.RunAsync("generate", "--catalog", catalog, "--out", _directory.File("out"));

        Assert.True(result.ExitCode == 2, result.Describe());
        Assert.Contains($"{catalog}, line ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("orders[1].patient: 'PL100099' is not the ID of a patient in this catalog", result.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
