using PacsLab.TestKit;

namespace PacsLab.Interop.Tests;

/// <summary>
/// pydicom's own test files and pydicom's reading of each, made once per test class: one Python process reads every
/// file plainly, another reads with force=True the ones that have no preamble or meta information.
/// </summary>
public sealed class PydicomTestFileReadings
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _dataDirectory;
    private IReadOnlyDictionary<string, PydicomReading>? _plain;
    private IReadOnlyDictionary<string, PydicomReading>? _forced;

    /// <summary>pydicom/data of the pydicom that the tests run (found by asking it, not by guessing a path).</summary>
    public async Task<string> DataDirectoryAsync()
    {
        await LoadAsync();
        return _dataDirectory!;
    }

    public async Task<PydicomReading> GetAsync(string file, bool force)
    {
        await LoadAsync();
        return (force ? _forced! : _plain!)[Path.Combine(_dataDirectory!, file)];
    }

    private async Task LoadAsync()
    {
        var python = await TestKit.Interop.RequirePydicomAsync();
        await _lock.WaitAsync();
        try
        {
            if (_plain is not null) return;
            var where = await PeerProcess.RunAsync(python, ["-c", "import os, pydicom.data; print(os.path.dirname(pydicom.data.__file__))"]);
            Assert.True(where.Succeeded, where.Describe());
            var directory = where.StandardOutput.Trim();
            TestKit.Interop.Require(Directory.Exists(Path.Combine(directory, "test_files")),
                $"pydicom's test files are not in {directory}: apt-get install python3-pydicom (Debian ships them)");
            var files = PydicomTestFileTable.Rows.Keys.Select(f => Path.Combine(directory, f)).ToList();
            var forced = PydicomTestFileTable.Rows.Values.Where(r => r.Expect == PydicomTestFileRow.SameForced)
                .Select(r => Path.Combine(directory, r.File)).ToList();
            var plain = await PydicomValues.ReadManyAsync(files);
            _forced = forced.Count > 0 ? await PydicomValues.ReadManyAsync(forced, force: true) : new Dictionary<string, PydicomReading>();
            _dataDirectory = directory;
            _plain = plain;
        }
        finally
        {
            _lock.Release();
        }
    }
}
