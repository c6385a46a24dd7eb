using System.Globalization;

namespace PacsLab.PacsBench;

/// <summary>Reads /proc/PID/status (Linux): the resident-set high-water mark of a running process.</summary>
internal static class ProcStatus
{
    /// <summary>VmHWM in bytes: the highest resident set size since the process started.</summary>
    public static long PeakRss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"/proc/{pid}/status has no VmHWM line");
    }
}
