using System.Diagnostics;
using PacsLab.Dicom;

namespace PacsLab.Bench;

internal readonly record struct Measurement(double Milliseconds, long ManagedPeakBytes, long RssPeakBytes);

/// <summary>Measures one read in this process: time, bytes allocated while reading, and the process's peak RSS.</summary>
internal static class PacsLabReader
{
    public static async Task<Measurement> MeasureAsync(string path, DicomReadOptions options)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var file = await DicomFile.OpenAsync(path, options);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        GC.KeepAlive(file);
        return new Measurement(clock.Elapsed.TotalMilliseconds, allocated, PeakRss());
    }

    public static async Task<Measurement> MeasureInChildAsync(string path, string mode)
    {
        var output = (await RunChildAsync("--measure", path, mode)).Split(' ');
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return new Measurement(double.Parse(output[0], c), long.Parse(output[1], c), long.Parse(output[2], c));
    }

    /// <summary>Runs this benchmark program again with the given arguments and returns what it printed.</summary>
    public static async Task<string> RunChildAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"benchmark child {string.Join(' ', arguments)} failed");
        return output;
    }

    /// <summary>VmHWM from /proc: the resident-set high-water mark of this process.</summary>
    private static long PeakRss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kb, System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        return 0;
    }
}
