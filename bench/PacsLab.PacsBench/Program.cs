using System.Diagnostics;
using System.Globalization;
using PacsLab.PacsBench;

// The PacsLab PACS against Debian's Orthanc and DCMTK's storescp, side by side in one run: ingest (C-STORE from
// storescu), C-MOVE of a 500-image study (movescu), C-FIND at study level (findscu, and PacsLab's DicomClient).
// Usage: dotnet run -c Release --project bench/PacsLab.PacsBench -- [ingest] [move] [find] [rounds=3] [studies=10000] [warmup=2000]
// (no part named: all three). docs/performance.md, "The PACS (issue 4)", explains the rows and has the results.
var c = CultureInfo.InvariantCulture;
var parts = args.Where(a => !a.Contains('=', StringComparison.Ordinal)).Select(a => a.ToLowerInvariant()).ToHashSet();
if (parts.Count == 0) parts = ["ingest", "move", "find"];
var settings = args.Where(a => a.Contains('=', StringComparison.Ordinal)).Select(a => a.Split('=', 2)).ToDictionary(p => p[0], p => int.Parse(p[1], c));
var rounds = settings.GetValueOrDefault("rounds", 3);
var studies = settings.GetValueOrDefault("studies", 10_000);
var ctCount = settings.GetValueOrDefault("ct", 1000);
var smallCount = settings.GetValueOrDefault("small", 5000);
var warmupCount = settings.GetValueOrDefault("warmup", 2000);
if (!Dcmtk.Installed() || !File.Exists(OrthancServer.Executable()))
{
    Console.Error.WriteLine("DCMTK (storescu, storescp, echoscu, movescu, findscu) and Orthanc are needed: apt-get install dcmtk orthanc");
    return 2;
}

var root = Directory.CreateTempSubdirectory("pacsbench-").FullName;
var kept = new Dictionary<ServerKind, Server>();
Server? destination = null;
try
{
    var generating = Stopwatch.StartNew();
    var data = new BenchFolders(Path.Combine(root, "ct"), Path.Combine(root, "small"), Path.Combine(root, "warmup"), Path.Combine(root, "warmup-small"), Path.Combine(root, "seed"));
    await BenchData.WriteCtAsync(data.Ct, ctCount, "ct");
    await BenchData.WriteSmallAsync(data.Small, smallCount);
    await BenchData.WriteCtAsync(data.Warmup, 20, "warmup");
    await BenchData.WriteSmallAsync(data.WarmupSmall, warmupCount, "warmsmall");
    if (parts.Contains("find")) await BenchData.WriteSeedAsync(data.Seed, studies);
    using (var sync = Process.Start("sync")!) await sync.WaitForExitAsync();
    long Bytes(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) : 0;
    Console.WriteLine(string.Create(c, $"Data (generated in {generating.Elapsed.TotalSeconds:F0} s): {ctCount} CT images {Bytes(data.Ct) / 1e6:F0} MB ({Bytes(data.Ct) / 1e3 / Math.Max(1, ctCount):F0} KB each); {smallCount} small images {Bytes(data.Small) / 1e6:F1} MB ({Bytes(data.Small) / 1e3 / Math.Max(1, smallCount):F1} KB each); {(parts.Contains("find") ? $"{studies} one-instance seed studies, {Bytes(data.Seed) / 1e6:F1} MB" : "no seed studies")}"));
    Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}; pacslab: dotnet {PacsLabServer.Dll()}; Orthanc: {OrthancServer.Executable()}");
    Console.WriteLine();

    destination = await StorescpServer.StartAsync(root, MoveBenchmark.DestinationAe);
    if (parts.Contains("ingest")) await new IngestBenchmark(root, data, ctCount, smallCount, rounds, destination.Port, kept).RunAsync();
    foreach (var kind in new[] { ServerKind.PacsLab, ServerKind.Orthanc })
    {
        if (kept.ContainsKey(kind) || !(parts.Contains("move") || parts.Contains("find"))) continue;
        // Not ingested above: load the warm-up and CT studies, untimed.
        var server = await Server.StartAsync(kind, root, MoveBenchmark.DestinationAe, destination.Port);
        kept[kind] = server;
        await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.Warmup);
        if (parts.Contains("move")) await Dcmtk.StoreAsync(server.AeTitle, server.Port, data.Ct);
    }
    if (parts.Contains("move")) await new MoveBenchmark(kept, (StorescpServer)destination, Math.Max(rounds, 5)).RunAsync();
    if (parts.Contains("find")) await new FindBenchmark(kept, data.Seed, studies).RunAsync();
    return 0;
}
finally
{
    foreach (var server in kept.Values) await server.DisposeAsync();
    if (destination is not null) await destination.DisposeAsync();
    Directory.Delete(root, recursive: true);
}

internal sealed record BenchFolders(string Ct, string Small, string Warmup, string WarmupSmall, string Seed);
