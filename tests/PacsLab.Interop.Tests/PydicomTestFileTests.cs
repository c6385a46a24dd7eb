using PacsLab.Dicom;

namespace PacsLab.Interop.Tests;

/// <summary>
/// Every file of pydicom's test data (test_files/*.dcm, charset_files/*.dcm, and the gzip zipMR.gz) read by
/// PacsLab: the same values as pydicom where the file is sound, a DicomFormatException where it is broken.
/// Peers/pydicom-test-files.tsv says which is which and why.
/// </summary>
public sealed class PydicomTestFileTests(PydicomTestFileReadings readings) : IClassFixture<PydicomTestFileReadings>
{
    public static TheoryData<string> Files => new(PydicomTestFileTable.Rows.Keys);

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Read_PydicomTestFile_AsTheTableExpects(string file)
    {
        var row = PydicomTestFileTable.Rows[file];
        var path = Path.Combine(await readings.DataDirectoryAsync(), file);

        if (row.Expect == PydicomTestFileRow.Refuse)
        {
            var refusal = await Assert.ThrowsAsync<DicomFormatException>(() => DicomFile.OpenAsync(path));
            Assert.False(string.IsNullOrWhiteSpace(refusal.Problem));
            return;
        }

        var peer = await readings.GetAsync(file, force: row.Expect == PydicomTestFileRow.SameForced);
        Assert.False(peer.Refused, $"pydicom refused {file}: {peer.Error}");
        var ours = await DicomFile.OpenAsync(path);
        NormalizedComparison.AssertSame(PacsLabValues.Normalize(ours), peer.Elements, file);
    }

    /// <summary>The table stays complete: a file a newer pydicom adds must be given an expectation.</summary>
    [SkippableFact]
    public async Task Table_ListsEveryPydicomTestFile()
    {
        var directory = await readings.DataDirectoryAsync();

        var present = new[] { "test_files", "charset_files" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(directory, folder))
                .Where(f => f.EndsWith(".dcm", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal))
                .Select(f => $"{folder}/{Path.GetFileName(f)}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(present, PydicomTestFileTable.Rows.Keys.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>"same" files are ones pydicom reads as they are; "same-forced" ones it refuses unless forced.</summary>
    [SkippableFact]
    public async Task Table_ExpectationsMatchWhatPydicomDoes()
    {
        var wrong = new List<string>();
        foreach (var row in PydicomTestFileTable.Rows.Values)
        {
            var plain = await readings.GetAsync(row.File, force: false);
            if (row.Expect == PydicomTestFileRow.Same && plain.Refused) wrong.Add($"{row.File}: marked same, but pydicom refuses it: {plain.Error}");
            if (row.Expect == PydicomTestFileRow.SameForced)
            {
                if (!plain.Refused) wrong.Add($"{row.File}: marked same-forced, but pydicom reads it without force");
                var forced = await readings.GetAsync(row.File, force: true);
                if (forced.Refused) wrong.Add($"{row.File}: marked same-forced, but pydicom refuses it even forced: {forced.Error}");
            }
            if (row.Expect == PydicomTestFileRow.Refuse && row.Reason.Length == 0) wrong.Add($"{row.File}: marked refuse without a reason");
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }
}
