using System.Diagnostics;
using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>Time spent inside a store handler, split in two named parts; read and reset by the parent between runs.</summary>
internal sealed class StoreTimings
{
    private long _count;
    private long _bytes;
    private long _firstTicks;
    private long _secondTicks;

    public void Add(long bytes, long firstTicks, long secondTicks)
    {
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Add(ref _firstTicks, firstTicks);
        Interlocked.Add(ref _secondTicks, secondTicks);
    }

    /// <summary>"count bytes first-ms second-ms", then the counters start again from zero.</summary>
    public string TakeLine() => string.Create(CultureInfo.InvariantCulture,
        $"{Interlocked.Exchange(ref _count, 0)} {Interlocked.Exchange(ref _bytes, 0)} {Ms(Interlocked.Exchange(ref _firstTicks, 0)):F1} {Ms(Interlocked.Exchange(ref _secondTicks, 0)):F1}");

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
