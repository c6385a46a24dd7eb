using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>
/// storescu sends the whole series to each receiver in turn; the rounds interleave the receivers, alternating the
/// order, so drift on a shared machine hits them alike. Wall time is storescu's, from start to exit. Each receiver
/// first gets the whole series once, not timed, and two quiet seconds, so the PacsLab numbers are those of a running
/// server: with tiered compilation the runtime recompiles hot methods in the background for a while after they
/// first run, and a short warm-up left that work inside the timed send.
/// </summary>
internal sealed class ThroughputBenchmark(string root, string images, int imageCount, int runs)
{
    private static readonly ReceiverKind[] Kinds =
    [
        ReceiverKind.PacsLabMove, ReceiverKind.PacsLabCopy, ReceiverKind.PacsLabParse, ReceiverKind.StorescpDefault,
        ReceiverKind.StorescpBigPdu, ReceiverKind.StorescpBitPreserving, ReceiverKind.PacsLabDiscard, ReceiverKind.StorescpIgnore,
    ];

    private sealed record Run(TimeSpan Wall, TimeSpan ReceiverCpu, ScpStats? Stats);

    public async Task RunAsync()
    {
        var results = Kinds.ToDictionary(k => k, _ => new List<Run>());
        for (var round = 1; round <= runs; round++)
        {
            // Even rounds go backwards (ABBA), so a drift in the machine's load over the run hits every receiver alike.
            foreach (var kind in round % 2 == 1 ? Kinds : Kinds.Reverse())
            {
                var run = await MeasureAsync(kind);
                results[kind].Add(run);
                Console.Error.WriteLine($"round {round}: {kind.Label}: {run.Wall.TotalSeconds:F2} s");
            }
        }
        Print(results);
    }

    private async Task<Run> MeasureAsync(ReceiverKind kind)
    {
        var output = Path.Combine(root, "out");
        await using var receiver = await kind.Start(output, Path.Combine(root, "spool"));
        await DcmtkTools.StoreAsync(receiver.CalledAeTitle, receiver.Port, images);
        receiver.ClearOutput();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var before = await receiver.TakeStatsAsync();
        var cpuBefore = receiver.CpuTime;
        var wall = await DcmtkTools.StoreAsync(receiver.CalledAeTitle, receiver.Port, images);
        var cpu = receiver.CpuTime - cpuBefore;
        var stats = await receiver.TakeStatsAsync() is { } after && before is not null ? after.GcSince(before) : null;
        var stored = receiver.StoredFileCount();
        if (kind.StoresFiles && stored != imageCount)
            throw new InvalidOperationException($"{kind.Label} stored {stored} files, expected {imageCount}");
        receiver.ClearOutput();
        return new Run(wall, cpu, stats);
    }

    private void Print(Dictionary<ReceiverKind, List<Run>> results)
    {
        var c = CultureInfo.InvariantCulture;
        var baseline = results[ReceiverKind.StorescpDefault];
        var runHeads = string.Concat(Enumerable.Range(1, runs).Select(i => $" run {i} s |"));
        Console.WriteLine($"C-STORE of {imageCount} images over one association (wall time of storescu, start to exit)");
        Console.WriteLine();
        Console.WriteLine($"| receiver |{runHeads} median s | x storescp (per run) | median x storescp | receiver CPU s (per run) |");
        Console.WriteLine($"|---|{string.Concat(Enumerable.Repeat("---:|", runs))}---:|---:|---:|---:|");
        foreach (var (kind, list) in results)
        {
            var times = string.Concat(list.Select(r => string.Create(c, $" {r.Wall.TotalSeconds:F2} |")));
            var median = Median(list.Select(r => r.Wall.TotalSeconds));
            var perRun = list.Select((r, i) => r.Wall / baseline[i].Wall).ToList();
            var ratios = string.Join(" / ", perRun.Select(r => r.ToString("F2", c)));
            var cpu = string.Join(" / ", list.Select(r => r.ReceiverCpu.TotalSeconds.ToString("F2", c)));
            Console.WriteLine(string.Create(c, $"| {kind.Label} |{times} {median:F2} | {ratios} | {Median(perRun):F2} | {cpu} |"));
        }
        Console.WriteLine();
        Console.WriteLine("PacsLab SCP internals per run: time inside the store handler (two parts), GCs gen0/gen1/gen2, managed bytes allocated");
        Console.WriteLine();
        Console.WriteLine("| receiver | run | handler part 1 ms | handler part 2 ms | GCs (0/1/2) | allocated MB | x bytes received |");
        Console.WriteLine("|---|---:|---:|---:|---|---:|---:|");
        foreach (var (kind, list) in results)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Stats is not { } s) continue;
                Console.WriteLine(string.Create(c, $"| {kind.Label} | {i + 1} | {s.FirstPartMs:F0} | {s.SecondPartMs:F0} | {s.Gen0}/{s.Gen1}/{s.Gen2} | {s.AllocatedBytes / 1e6:F0} | {s.AllocatedBytes / (double)Math.Max(1, s.Bytes):F1} |"));
            }
        }
        Console.WriteLine();
        Console.WriteLine("(part 1/part 2 = meta/copy for the copying handler, parse/save for the parsing one; GCs and allocation are the");
        Console.WriteLine(" SCP process's during the timed send)");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
