using System.Diagnostics;

namespace PacsLab.NetBench;

/// <summary>A C-STORE SCP process under test, listening on 127.0.0.1.</summary>
internal abstract class Receiver(string label, string calledAeTitle, string outputFolder) : IAsyncDisposable
{
    public string Label { get; } = label;
    public string CalledAeTitle { get; } = calledAeTitle;
    public string OutputFolder { get; } = outputFolder;
    public abstract int Port { get; }
    protected abstract Process Process { get; }

    public int Pid => Process.Id;
    public long PeakRss => ProcStatus.PeakRss(Pid);
    public TimeSpan CpuTime => ProcStatus.CpuTime(Pid);

    /// <summary>Handler timings and GC counters since the last call (PacsLab only); null when the receiver has none.</summary>
    public virtual Task<ScpStats?> TakeStatsAsync() => Task.FromResult<ScpStats?>(null);

    public int StoredFileCount() => Directory.Exists(OutputFolder) ? Directory.EnumerateFiles(OutputFolder).Count() : 0;

    /// <summary>Removes what was stored so far (between runs, outside the timed part).</summary>
    public void ClearOutput()
    {
        foreach (var file in Directory.EnumerateFiles(OutputFolder)) File.Delete(file);
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Waits until a C-ECHO succeeds, so the timed store never races the listener's start.</summary>
    protected async Task WaitForEchoAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Process.HasExited) throw new InvalidOperationException($"{Label} exited with code {Process.ExitCode} before it answered C-ECHO");
            if (await DcmtkTools.EchoAsync(CalledAeTitle, Port)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Label} did not answer C-ECHO on port {Port} within 10 s");
    }
}

/// <summary>Handler time split in two parts (see the store handlers) and the SCP process's GC counters.</summary>
/// <remarks>The handler numbers cover the time since the previous stats; the GC numbers are cumulative until <see cref="GcSince"/>.</remarks>
internal sealed record ScpStats(long Count, long Bytes, double FirstPartMs, double SecondPartMs, int Gen0, int Gen1, int Gen2, long AllocatedBytes)
{
    public ScpStats GcSince(ScpStats earlier) => this with
    {
        Gen0 = Gen0 - earlier.Gen0, Gen1 = Gen1 - earlier.Gen1, Gen2 = Gen2 - earlier.Gen2, AllocatedBytes = AllocatedBytes - earlier.AllocatedBytes,
    };
}
