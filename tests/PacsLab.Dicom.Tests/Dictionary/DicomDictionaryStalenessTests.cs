using System.Security.Cryptography;
using System.Text;
using PacsLab.TestKit;

namespace PacsLab.Dicom.Tests.Dictionary;

/// <summary>Fails when dicom-dictionary.tsv no longer matches tools/generate-dictionary.py or its source.</summary>
public class DicomDictionaryStalenessTests
{
    private const string Regenerate = "Regenerate it: /usr/bin/python3 tools/generate-dictionary.py";

    [Fact]
    public void DataFile_RecordsTheGeneratorScriptHash()
    {
        // The generator hashes itself with CRLF read as LF, so the checkout's line endings do not matter.
        var script = File.ReadAllBytes(RepositoryPaths.GeneratorScript);
        var normalized = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(script).Replace("\r\n", "\n", StringComparison.Ordinal));
        var actual = Convert.ToHexStringLower(SHA256.HashData(normalized));

        using var reader = new StreamReader(RepositoryPaths.DictionaryFile, Encoding.UTF8);
        var recorded = DicomDictionaryFile.Parse(reader).GeneratorScriptSha256;

        Assert.True(recorded == actual,
            $"dicom-dictionary.tsv was written by another version of tools/generate-dictionary.py " +
            $"(recorded SHA-256 {recorded}, script now {actual}). {Regenerate}");
        Assert.Equal(recorded, DicomDictionary.GeneratorScriptSha256);
    }

    [SkippableFact]
    public async Task DataFile_IsWhatTheGeneratorWritesNow()
    {
        // Skips with "apt-get install python3-pydicom" when pydicom is missing; fails instead with PACSLAB_INTEROP=required.
        var python = await Interop.RequirePydicomAsync();

        var output = Path.Combine(Path.GetTempPath(), $"pacslab-dictionary-{Guid.NewGuid():N}.tsv");
        try
        {
            var run = await PeerProcess.RunAsync(python, RepositoryPaths.GeneratorScript, "--output", output);
            Assert.True(run.Succeeded, run.Describe());

            var generated = await File.ReadAllBytesAsync(output);
            var committed = await File.ReadAllBytesAsync(RepositoryPaths.DictionaryFile);
            Assert.True(generated.AsSpan().SequenceEqual(committed),
                $"dicom-dictionary.tsv differs from what tools/generate-dictionary.py writes with {python}'s pydicom. " +
                $"Committed: [{Header(committed)}]; generated now: [{Header(generated)}]. {Regenerate}");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Header(byte[] file) =>
        string.Join("; ", Encoding.UTF8.GetString(file).Split('\n').Skip(1).TakeWhile(l => l.StartsWith('#')).Where(l => !l.Contains("Regenerate", StringComparison.Ordinal)));
}
