using System.Diagnostics;
using System.Text;

namespace PacsLab.TestKit;

/// <summary>Runs a peer program (dcmdump, storescu, python3 ...) and captures what it prints.</summary>
public static class PeerProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Starts the program with the given arguments (no shell), waits for it to exit, and returns its exit code and
    /// output. TCP_NODELAY=1 is set in its environment: DCMTK and Orthanc leave Nagle's algorithm on without it,
    /// which adds 40 ms stalls to every small PDU exchange. On timeout or cancellation the whole process tree is
    /// killed and a <see cref="TimeoutException"/> or <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        string? workingDirectory = null,
        string? standardInput = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = PeerStartInfo.Create(fileName, arguments, workingDirectory);
        if (environment is not null)
        {
            foreach (var (key, value) in environment) start.Environment[key] = value;
        }
        var commandLine = string.Join(' ', start.ArgumentList.Prepend(fileName).Select(Quote));

        using var process = new Process { StartInfo = start };
        var stopwatch = Stopwatch.StartNew();
        if (!process.Start()) throw new InvalidOperationException($"Could not start `{commandLine}`.");

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        if (standardInput is not null) await process.StandardInput.WriteAsync(standardInput).ConfigureAwait(false);
        process.StandardInput.Close();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new TimeoutException($"`{commandLine}` did not finish within {(timeout ?? DefaultTimeout).TotalSeconds:F0} s and was killed.");
        }

        var result = new ProcessResult(commandLine, process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), stopwatch.Elapsed);
        return result;
    }

    public static Task<ProcessResult> RunAsync(string fileName, params string[] arguments) => RunAsync(fileName, arguments, timeout: null);

    private static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=+:,@%".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''")}'";
}
