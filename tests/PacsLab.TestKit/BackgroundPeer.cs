using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace PacsLab.TestKit;

/// <summary>
/// A long-running peer (storescp, Orthanc ...) started for one test: TCP_NODELAY=1 in its environment (see
/// <see cref="PeerProcess"/>), ready once its port on 127.0.0.1 accepts connections, killed with its children on
/// dispose. What it prints is collected so a failing test can show it.
/// </summary>
public sealed class BackgroundPeer : IAsyncDisposable
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BackgroundPeer(Process process, string commandLine, int port)
    {
        _process = process;
        CommandLine = commandLine;
        Port = port;
    }

    public string CommandLine { get; }
    public int Port { get; }
    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Everything the peer printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the program (no shell) and waits until 127.0.0.1:<paramref name="port"/> accepts a connection.
    /// Throws with the peer's output if it exits first or the port does not open within the timeout.
    /// </summary>
    public static async Task<BackgroundPeer> StartAsync(string fileName, IEnumerable<string> arguments, int port,
        TimeSpan? readyTimeout = null, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var start = PeerStartInfo.Create(fileName, arguments, workingDirectory);
        var commandLine = string.Join(' ', start.ArgumentList.Prepend(fileName));

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var peer = new BackgroundPeer(process, commandLine, port);
        process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        process.Exited += (_, _) => peer._exited.TrySetResult();
        if (!process.Start()) throw new InvalidOperationException($"Could not start `{commandLine}`.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();

        try
        {
            await peer.WaitUntilListeningAsync(readyTimeout ?? TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await peer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return peer;
    }

    /// <summary>Describes the peer for a failure message: its command line, whether it still runs, and its output.</summary>
    public string Describe()
    {
        var output = Output;
        if (output.Length > 4000) output = "..." + output[^4000..];
        var state = HasExited ? $"exited with {_process.ExitCode}" : "running";
        return $"`{CommandLine}` ({state})\n--- output ---\n{output}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Not gone after SIGKILL within 10 s: nothing more a test can do.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Connects to the port until it answers; a refused connection means "not yet", an exit means "never".</summary>
    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            if (HasExited) throw new InvalidOperationException($"The peer exited before it listened on port {Port}: {Describe()}");
            using (var probe = new TcpClient())
            {
                try
                {
                    await probe.ConnectAsync("127.0.0.1", Port, limit.Token).ConfigureAwait(false);
                    return;
                }
                catch (SocketException)
                {
                    // Not listening yet.
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"The peer did not listen on 127.0.0.1:{Port} within {timeout.TotalSeconds:F0} s: {Describe()}");
                }
            }
            // WhenAny does not throw: a timeout surfaces at the next connect attempt.
            await Task.WhenAny(_exited.Task, Task.Delay(ProbeInterval, limit.Token)).ConfigureAwait(false);
        }
    }
}
