namespace PacsLab.TestKit;

/// <summary>Finds the peer programs the interop tests talk to: DCMTK and dicom3tools on PATH, Debian's pydicom.</summary>
public static class PeerTool
{
    /// <summary>The interpreter Debian's python3-pydicom installs into; a python3 earlier on PATH (pyenv, venv) may lack it.</summary>
    public const string DebianPython = "/usr/bin/python3";

    /// <summary>Overrides where pydicom's interpreter is looked for, e.g. a venv with pydicom installed.</summary>
    public const string PydicomPythonVariable = "PACSLAB_PYDICOM_PYTHON";

    private static readonly SemaphoreSlim PythonLock = new(1, 1);
    private static string? _pydicomPython;
    private static bool _pydicomProbed;

    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? Find(string name)
    {
        if (name.Contains('/')) return IsExecutable(name) ? Path.GetFullPath(name) : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>
    /// A Python interpreter that can <c>import pydicom</c>: $PACSLAB_PYDICOM_PYTHON, else /usr/bin/python3.
    /// Null when neither can. Probed once per test run.
    /// </summary>
    public static async Task<string?> FindPydicomPythonAsync(CancellationToken cancellationToken = default)
    {
        await PythonLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_pydicomProbed) return _pydicomPython;
            foreach (var candidate in PythonCandidates())
            {
                if (!IsExecutable(candidate)) continue;
                var probe = await PeerProcess.RunAsync(candidate, ["-c", "import pydicom; print(pydicom.__version__)"],
                    TimeSpan.FromSeconds(30), cancellationToken: cancellationToken).ConfigureAwait(false);
                if (probe.Succeeded)
                {
                    _pydicomPython = candidate;
                    break;
                }
            }
            _pydicomProbed = true;
            return _pydicomPython;
        }
        finally
        {
            PythonLock.Release();
        }
    }

    private static IEnumerable<string> PythonCandidates()
    {
        if (Environment.GetEnvironmentVariable(PydicomPythonVariable) is { Length: > 0 } configured) yield return configured;
        yield return DebianPython;
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
