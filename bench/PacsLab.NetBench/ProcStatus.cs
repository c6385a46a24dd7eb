using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>What Linux's /proc says about a running process: resident-set peak and current size, CPU time used.</summary>
internal static class ProcStatus
{
    /// <summary>VmHWM: the peak resident set size since the process started, in bytes.</summary>
    public static long PeakRss(int pid) => StatusKb(pid, "VmHWM:") * 1024;

    public static long Rss(int pid) => StatusKb(pid, "VmRSS:") * 1024;

    /// <summary>User + system CPU time (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s).</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static long StatusKb(int pid, string key)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
                return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        throw new InvalidOperationException($"/proc/{pid}/status has no {key}");
    }
}
