using System.Globalization;

namespace PacsLab.PacsBench;

/// <summary>
/// movescu asks each PACS to send the first CT study (500 images) to one storescp (AE MOVEDEST); the time is
/// movescu's, start to exit (the final C-MOVE-RSP comes after the last sub-operation). A move of the 20-image warm-up
/// study comes first; rounds alternate the order.
/// </summary>
internal sealed class MoveBenchmark(Dictionary<ServerKind, Server> servers, StorescpServer destination, int rounds)
{
    public const string DestinationAe = "MOVEDEST";

    public async Task RunAsync()
    {
        var c = CultureInfo.InvariantCulture;
        var kinds = new[] { ServerKind.PacsLab, ServerKind.Orthanc };
        var study = BenchData.CtStudyUid(0);
        var warmupStudy = Dicom.DicomUidGenerator.FromName("pacsbench warmup study");
        foreach (var kind in kinds)
        {
            await Dcmtk.MoveStudyAsync(servers[kind].AeTitle, servers[kind].Port, DestinationAe, warmupStudy);
            await Expect(20, servers[kind].Label);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        var results = kinds.ToDictionary(k => k, _ => new List<double>());
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var kind in round % 2 == 1 ? kinds : kinds.Reverse())
            {
                var seconds = (await Dcmtk.MoveStudyAsync(servers[kind].AeTitle, servers[kind].Port, DestinationAe, study)).TotalSeconds;
                await Expect(BenchData.CtPerStudy, servers[kind].Label);
                results[kind].Add(seconds);
                Console.Error.WriteLine(string.Create(c, $"move round {round}: {servers[kind].Label}: {seconds:F2} s"));
            }
        }
        Console.WriteLine($"C-MOVE of a {BenchData.CtPerStudy}-image CT study (262 MB) to storescp: wall time of movescu, start to exit; {rounds} rounds");
        Console.WriteLine();
        Console.WriteLine("| PACS | s (per round) | median s | x Orthanc (median of per-round ratios) | images/s (median) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, list) in results)
        {
            var ratio = Stats.Median(list.Select((s, i) => s / results[ServerKind.Orthanc][i]));
            var median = Stats.Median(list);
            Console.WriteLine(string.Create(c,
                $"| {Server.Name(kind)} | {string.Join(" / ", list.Select(s => s.ToString("F2", c)))} | {median:F2} | {ratio:F2} | {BenchData.CtPerStudy / median:F0} |"));
        }
        Console.WriteLine();
    }

    /// <summary>Checks that the destination received the whole study, then empties it.</summary>
    private async Task Expect(int count, string label)
    {
        // storescp may still be writing the last file when movescu has its final response.
        for (var i = 0; i < 50 && destination.StoredFileCount() < count; i++) await Task.Delay(20);
        var stored = destination.StoredFileCount();
        destination.ClearOutput();
        if (stored != count) throw new InvalidOperationException($"C-MOVE from {label}: the destination received {stored} files, expected {count}");
    }
}
