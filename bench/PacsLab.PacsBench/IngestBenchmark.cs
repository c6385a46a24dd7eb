using System.Globalization;

namespace PacsLab.PacsBench;

/// <summary>
/// storescu sends the CT images, then the small images, each folder over one association, to a freshly started
/// receiver; a warm-up first (a 20-image CT study and <c>warmup=</c> small images, 2000 by default, so that the .NET
/// receiver's JIT has done its work, as in a PACS that has run for a while), then two quiet seconds. The rounds interleave
/// the receivers, every second round in reverse order. Peak memory is the receiver process's VmHWM after both sends.
/// The last round's PacsLab and Orthanc keep running (with what they received) for the C-MOVE and C-FIND parts.
/// </summary>
internal sealed class IngestBenchmark(string root, BenchFolders data, int ctCount, int smallCount, int rounds, int destinationPort, Dictionary<ServerKind, Server> kept)
{
    private static readonly ServerKind[] Kinds = [ServerKind.PacsLab, ServerKind.Orthanc, ServerKind.Storescp];

    private sealed record Run(double CtSeconds, double SmallSeconds, double PeakMb);

    public async Task RunAsync()
    {
        var results = Kinds.ToDictionary(k => k, _ => new List<Run>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var kind in round % 2 == 1 ? Kinds : Kinds.Reverse())
            {
                var server = await Server.StartAsync(kind, root, MoveBenchmark.DestinationAe, destinationPort);
                var keep = false;
                try
                {
                    await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.Warmup);
                    if (Directory.EnumerateFiles(data.WarmupSmall).Any()) await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.WarmupSmall);
                    await Task.Delay(TimeSpan.FromSeconds(2));
                    var ct = await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.Ct);
                    var small = await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.Small);
                    var run = new Run(ct.TotalSeconds, small.TotalSeconds, server.PeakRss / 1e6);
                    var warmed = 20 + Directory.GetFiles(data.WarmupSmall).Length;
                    if (server is StorescpServer scp && scp.StoredFileCount() != warmed + ctCount + smallCount)
                        throw new InvalidOperationException($"storescp stored {scp.StoredFileCount()} files, expected {warmed + ctCount + smallCount}");
                    results[kind].Add(run);
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"ingest round {round}: {server.Label}: CT {run.CtSeconds:F2} s, small {run.SmallSeconds:F2} s, peak {run.PeakMb:F0} MB"));
                    keep = round == rounds && kind != ServerKind.Storescp;
                    if (keep) kept[kind] = server;
                }
                finally
                {
                    if (!keep) await server.DisposeAsync();
                }
            }
        }
        Print(results);
    }

    private void Print(Dictionary<ServerKind, List<Run>> results)
    {
        var c = CultureInfo.InvariantCulture;
        string Runs(IEnumerable<double> values, string format) => string.Join(" / ", values.Select(v => v.ToString(format, c)));
        var scp = results[ServerKind.Storescp];
        var orthanc = results[ServerKind.Orthanc];
        Console.WriteLine($"Ingest: storescu, one association per folder; wall time of storescu (start to exit); peak RSS = receiver's VmHWM after both sends; {rounds} rounds, medians");
        Console.WriteLine();
        Console.WriteLine($"| receiver | {ctCount} CT s (per round) | median s | x storescp | x Orthanc | {smallCount} small s (per round) | median s | x storescp | x Orthanc | peak RSS MB (per round) | median MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, list) in results)
        {
            // Ratios: the median of the per-round ratios (same round, same machine state).
            double Ratio(List<Run> baseline, Func<Run, double> value) => Stats.Median(list.Select((r, i) => value(r) / value(baseline[i])));
            Console.WriteLine(string.Create(c,
                $"| {Server.Name(kind)} | {Runs(list.Select(r => r.CtSeconds), "F2")} | {Stats.Median(list.Select(r => r.CtSeconds)):F2} | {Ratio(scp, r => r.CtSeconds):F2} | {Ratio(orthanc, r => r.CtSeconds):F2} " +
                $"| {Runs(list.Select(r => r.SmallSeconds), "F2")} | {Stats.Median(list.Select(r => r.SmallSeconds)):F2} | {Ratio(scp, r => r.SmallSeconds):F2} | {Ratio(orthanc, r => r.SmallSeconds):F2} " +
                $"| {Runs(list.Select(r => r.PeakMb), "F0")} | {Stats.Median(list.Select(r => r.PeakMb)):F0} |"));
        }
        Console.WriteLine();
    }
}
