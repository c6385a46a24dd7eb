using System.Diagnostics;
using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;

namespace PacsLab.PacsBench;

/// <summary>
/// Fills both indexes with one-instance studies (storescu, one association; the time is reported, not a target),
/// then runs study-level C-FINDs (Study Root) on PatientID, AccessionNumber and a 7-day StudyDate range: with
/// findscu (a process and an association per query; wall time start to exit), and with PacsLab's DicomClient over
/// one open association (Stopwatch from sending the request to the final response). Queries alternate the servers.
/// </summary>
internal sealed class FindBenchmark(Dictionary<ServerKind, Server> servers, string seedFolder, int studies)
{
    private const string StudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
    private const int QueriesPerKind = 20;
    private const int WarmupPerKind = 20;
    private static readonly ServerKind[] Kinds = [ServerKind.PacsLab, ServerKind.Orthanc];

    private sealed record Query(string Kind, DicomTag Tag, DicomVR Vr, string Value);

    public async Task RunAsync()
    {
        var c = CultureInfo.InvariantCulture;
        var seeding = new Dictionary<ServerKind, double>();
        foreach (var kind in Kinds)
        {
            seeding[kind] = (await Dcmtk.StoreAsync(servers[kind].AeTitle, servers[kind].Port, seedFolder)).TotalSeconds;
            Console.Error.WriteLine(string.Create(c, $"seeded {studies} studies into {servers[kind].Label} in {seeding[kind]:F1} s"));
        }

        var queries = MakeQueries(new Random(11), QueriesPerKind);
        // Warm-up, not timed: queries of their own (other values), enough that the .NET receiver's JIT has settled
        // (with only a few, tier-1 compilation and PGO instrumentation still ran inside the timed queries).
        var warmup = MakeQueries(new Random(12), WarmupPerKind);
        foreach (var kind in Kinds)
        {
            foreach (var q in warmup) await Dcmtk.FindAsync(servers[kind].AeTitle, servers[kind].Port, Keys(q));
        }

        var findscu = Kinds.ToDictionary(k => k, _ => new Dictionary<string, List<double>>());
        var client = Kinds.ToDictionary(k => k, _ => new Dictionary<string, List<double>>());
        var matches = Kinds.ToDictionary(k => k, _ => new Dictionary<string, List<double>>());
        for (var i = 0; i < queries.Count; i++)
        {
            foreach (var kind in i % 2 == 0 ? Kinds : Kinds.Reverse())
            {
                var ms = (await Dcmtk.FindAsync(servers[kind].AeTitle, servers[kind].Port, Keys(queries[i]))).TotalMilliseconds;
                Add(findscu[kind], queries[i].Kind, ms);
            }
        }
        foreach (var kind in Kinds)
        {
            var server = servers[kind];
            await using var scu = await DicomClient.ConnectAsync(
                new DicomClientOptions { Host = "127.0.0.1", Port = server.Port, CallingAeTitle = Dcmtk.CallingAeTitle, CalledAeTitle = server.AeTitle },
                DicomClient.Proposals(new List<(string, IReadOnlyList<string>)>
                {
                    (StudyRootFind, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
                }));
            foreach (var q in warmup) await CountAsync(scu, q);
            foreach (var q in queries)
            {
                var started = Stopwatch.GetTimestamp();
                var count = await CountAsync(scu, q);
                Add(client[kind], q.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Add(matches[kind], q.Kind, count);
            }
            await scu.Association.ReleaseAsync();
        }

        Console.WriteLine(string.Create(c, $"C-FIND, study level, {studies} one-instance studies indexed (besides the ingest data); {QueriesPerKind} different queries of each kind, medians"));
        var seeded = string.Join(", ", Kinds.Select(k => string.Create(c, $"{Server.Name(k)} {seeding[k]:F1} s ({studies / seeding[k]:F0}/s)")));
        Console.WriteLine($"(seeding the studies with storescu, one association: {seeded})");
        Console.WriteLine();
        Console.WriteLine("| query | PACS | findscu wall ms (median) | findscu max ms | x Orthanc (findscu) | DicomClient ms, request to final response (median) | DicomClient max ms | matches (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var queryKind in queries.Select(q => q.Kind).Distinct())
        {
            foreach (var kind in Kinds)
            {
                var f = findscu[kind][queryKind];
                var ratio = Stats.Median(f) / Stats.Median(findscu[ServerKind.Orthanc][queryKind]);
                Console.WriteLine(string.Create(c,
                    $"| {queryKind} | {Server.Name(kind)} | {Stats.Median(f):F1} | {f.Max():F1} | {ratio:F2} | {Stats.Median(client[kind][queryKind]):F2} | {client[kind][queryKind].Max():F2} | {Stats.Median(matches[kind][queryKind]):F0} |"));
            }
        }
        Console.WriteLine();
    }

    private static void Add(Dictionary<string, List<double>> into, string key, double value)
    {
        if (!into.TryGetValue(key, out var list)) into[key] = list = [];
        list.Add(value);
    }

    /// <summary>The same keys for findscu and DicomClient: the matching key and five return keys.</summary>
    private List<Query> MakeQueries(Random random, int perKind)
    {
        var queries = new List<Query>();
        for (var i = 0; i < perKind; i++)
        {
            var n = random.Next(studies);
            queries.Add(new Query("PatientID", DicomTags.PatientID, DicomVR.LO, BenchData.SeedPatientId(n)));
            queries.Add(new Query("AccessionNumber", new DicomTag(0x0008, 0x0050), DicomVR.SH, BenchData.SeedAccession(random.Next(studies))));
            var from = new DateOnly(2000, 1, 1).AddDays(random.Next(BenchData.SeedDays - 7));
            queries.Add(new Query("StudyDate range (7 days)", DicomTags.StudyDate, DicomVR.DA, $"{BenchData.Da(from)}-{BenchData.Da(from.AddDays(6))}"));
        }
        return queries;
    }

    private static string[] Keys(Query q)
    {
        var returned = new[] { "StudyInstanceUID", "PatientID", "PatientName", "StudyDate", "AccessionNumber", "StudyDescription" };
        var name = q.Kind.StartsWith("StudyDate", StringComparison.Ordinal) ? "StudyDate" : q.Kind;
        return ["QueryRetrieveLevel=STUDY", $"{name}={q.Value}", .. returned.Where(r => r != name)];
    }

    private static async Task<int> CountAsync(DicomClient scu, Query q)
    {
        var identifier = new DicomDataset();
        identifier.AddOrUpdate(new DicomTag(0x0008, 0x0052), DicomVR.CS, "STUDY");
        identifier.AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, Array.Empty<string>());
        identifier.AddOrUpdate(DicomTags.PatientID, DicomVR.LO, Array.Empty<string>());
        identifier.AddOrUpdate(DicomTags.PatientName, DicomVR.PN, Array.Empty<string>());
        identifier.AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, Array.Empty<string>());
        identifier.AddOrUpdate(new DicomTag(0x0008, 0x0050), DicomVR.SH, Array.Empty<string>());
        identifier.AddOrUpdate(new DicomTag(0x0008, 0x1030), DicomVR.LO, Array.Empty<string>());
        identifier.AddOrUpdate(q.Tag, q.Vr, q.Value);
        var count = 0;
        await foreach (var _ in scu.FindAsync(StudyRootFind, identifier)) count++;
        return count;
    }
}
