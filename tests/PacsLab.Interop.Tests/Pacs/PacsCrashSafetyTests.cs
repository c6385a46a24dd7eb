using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;
using Xunit.Abstractions;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// The crash-safety promise of the store (DESIGN.md example 6: nothing is acknowledged before it is durable), tested
/// on the real executable: kill -9 the PACS during a 500-instance ingest, restart it on the same data directory, and
/// every instance that got a success status must be indexed and intact on disk, no indexed file may be missing or
/// truncated, and <c>pacslab pacs reconcile</c> must find nothing to report. The random kill reaches the store's
/// one known crash window only sometimes, so a second test reproduces that window on purpose.
/// </summary>
public sealed class PacsCrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int InstanceCount = 500;
    private const int KillAfterSuccesses = 150;
    private const int Senders = 2;
    private const string CallingAeTitle = "CRASHSCU";

    private readonly TempDirectory _folder = new("pacslab-crash");

    private string DataDirectory => _folder.File("data");

    [Fact]
    public async Task Ingest_KilledWithSigkillMidway_EveryAcknowledgedInstanceIndexedAndIntactAfterRestart()
    {
        var sent = Instances().ToDictionary(f => f.Dataset.GetString(DicomTags.SOPInstanceUID)!, StringComparer.Ordinal);
        var ingest = new Ingest(sent.Values);
        var clock = Stopwatch.StartNew();

        await using (var pacs = await PacsProcess.StartAsync(DataDirectory, _folder.Path))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: PACS started");
            await pacs.AddToAeTableAsync(CallingAeTitle);
            var senders = Enumerable.Range(0, Senders).Select(_ => ingest.SendAsync(pacs.Client(CallingAeTitle))).ToList();
            await ingest.ReachedAsync(KillAfterSuccesses, TimeSpan.FromSeconds(60), pacs.Process);
            await pacs.KillAsync();
            await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(60));
        }
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: killed. {ingest.Describe()}");
        output.WriteLine($"incoming/ after the kill: {Directory.GetFiles(Path.Combine(DataDirectory, "incoming")).Length} files");
        var acknowledged = ingest.Acknowledged;
        Assert.True(acknowledged.Count is >= KillAfterSuccesses and < InstanceCount,
            $"the kill should land mid-ingest: {acknowledged.Count} of {InstanceCount} acknowledged. {ingest.Describe()}");
        Assert.True(ingest.Refusals.IsEmpty, $"the PACS refused instances before the kill: {string.Join("; ", ingest.Refusals)}");

        List<IndexRow> rows;
        HashSet<string> searchable;
        await using (var pacs = await PacsProcess.StartAsync(DataDirectory, _folder.Path))
        {
            output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: PACS restarted");
            searchable = await pacs.SearchInstanceUidsAsync();
            rows = await IndexRowsAsync();
            // Killed once more, idle this time: reconcile wants a stopped PACS.
            await pacs.KillAsync();
        }

        var indexed = rows.Select(r => r.SopInstanceUid).ToHashSet(StringComparer.Ordinal);
        var lost = acknowledged.Where(uid => !indexed.Contains(uid)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged instances are not in the index after the restart, e.g. {string.Join(", ", lost.Take(5))}. {ingest.Describe()}");
        var notSearchable = acknowledged.Where(uid => !searchable.Contains(uid)).ToList();
        Assert.True(notSearchable.Count == 0, $"{notSearchable.Count} acknowledged instances are indexed but GET /api/pacs/instances does not find them, e.g. {string.Join(", ", notSearchable.Take(5))}");
        Assert.True(indexed.IsSubsetOf(sent.Keys), "the index holds instances nobody sent");

        var problems = new List<string>();
        foreach (var row in rows) problems.AddRange(await CheckFileAsync(row, sent[row.SopInstanceUid]));
        Assert.True(problems.Count == 0, $"{problems.Count} indexed instances are not intact on disk:\n{string.Join("\n", problems.Take(20))}");
        var incoming = Path.Combine(DataDirectory, "incoming");
        Assert.True(!Directory.Exists(incoming) || Directory.GetFiles(incoming).Length == 0, "the restarted PACS left half-received files in incoming/");

        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: {rows.Count} indexed files checked");
        var reconcile = await ReconcileAsync();
        output.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s: reconcile said: {reconcile.Result.StandardOutput}");
        Assert.Equal(rows.Count, reconcile.InstancesChecked);
        // The restart undoes a placement the kill interrupted (PlacementJournal), so there is nothing to tolerate.
        var unexpected = reconcile.Findings.ToList();
        Assert.True(reconcile.Result.ExitCode == 0 && unexpected.Count == 0,
            $"reconcile should report a clean archive after the crash and restart:\n{reconcile.Result.Describe()}\n{ingest.Describe()}");
    }

    /// <summary>
    /// The store's crash window made deterministic: the test holds SQLite's write lock on the index (BEGIN IMMEDIATE
    /// from its own connection), so the PACS's C-STORE waits at the index transaction; once the instance's file is in
    /// archive/ the PACS is killed with SIGKILL. The instance was never acknowledged, so losing it is fine, but after a
    /// restart the archive must be consistent: reconcile clean (no orphan file), as after any crash.
    /// </summary>
    [Fact]
    public async Task Store_KilledBetweenArchiveMoveAndIndexCommit_RestartLeavesNoOrphanFile()
    {
        var files = Instances().Take(2).ToList();
        var contexts = DicomClient.Proposals([(NetworkSamples.CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])]);
        await using (var pacs = await PacsProcess.StartAsync(DataDirectory, _folder.Path))
        {
            await pacs.AddToAeTableAsync(CallingAeTitle);
            await using var client = await DicomClient.ConnectAsync(pacs.Client(CallingAeTitle), contexts);
            Assert.Equal(DimseStatus.Success, (await client.StoreAsync(files[0])).Status);
            Assert.Equal(1, ArchiveFileCount());

            await using (var writer = await HoldIndexWriteLockAsync())
            {
                var pending = client.StoreAsync(files[1]);
                var inArchive = await WaitForArchiveFilesAsync(2, TimeSpan.FromSeconds(15));
                output.WriteLine(inArchive
                    ? "the second instance's file reached archive/ while its index transaction waited: killing the PACS in that window"
                    : "the second instance's file did not reach archive/ before its index transaction: killing the PACS while it waits");
                await pacs.KillAsync();
                await Assert.ThrowsAsync<DicomNetworkException>(() => pending);
            }
        }

        await using (var pacs = await PacsProcess.StartAsync(DataDirectory, _folder.Path))
        {
            var rows = await IndexRowsAsync();
            Assert.Contains(files[0].Dataset.GetString(DicomTags.SOPInstanceUID), rows.Select(r => r.SopInstanceUid));
            await pacs.KillAsync();
        }
        var reconcile = await ReconcileAsync();
        Assert.True(reconcile.Result.ExitCode == 0,
            $"after a crash between the archive move and the index commit, the restarted PACS should leave a clean archive:\n{reconcile.Result.Describe()}");
    }

    public void Dispose()
    {
        _folder.Dispose();
    }

    /// <summary>500 small CT images (4x4 pixels, under 1 KB each): 10 studies of 50, over 5 patients.</summary>
    private static IEnumerable<DicomFile> Instances()
    {
        string[] studies = [.. Enumerable.Range(0, 10).Select(_ => DicomUidGenerator.Generate())];
        string[] series = [.. Enumerable.Range(0, 10).Select(_ => DicomUidGenerator.Generate())];
        for (var i = 0; i < InstanceCount; i++)
        {
            var study = i / 50;
            var patient = (study % 5).ToString(CultureInfo.InvariantCulture);
            var dataset = NetworkSamples.Ct($"CRASH^PATIENT{patient}", size: 4, seed: i)
                .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, $"CRASH-{patient}")
                .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studies[study])
                .AddOrUpdate(DicomTags.SeriesInstanceUID, DicomVR.UI, series[study]);
            yield return DicomFile.Create(dataset, DicomTransferSyntax.ExplicitVRLittleEndian, "PACSLAB_TEST");
        }
    }

    /// <summary>The instance rows of the index, read from SQLite directly (read-only) while the restarted PACS runs.</summary>
    private async Task<List<IndexRow>> IndexRowsAsync()
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "index.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var db = new SqliteConnection(connection.ToString());
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT SopInstanceUid, FilePath, SizeBytes FROM Instances";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<IndexRow>();
        while (await reader.ReadAsync()) rows.Add(new IndexRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        return rows;
    }

    /// <summary>What is wrong with an indexed instance's file: missing, another size than indexed, unreadable, or not what was sent.</summary>
    private async Task<IEnumerable<string>> CheckFileAsync(IndexRow row, DicomFile original)
    {
        var path = Path.Combine(DataDirectory, "archive", row.FilePath);
        if (!File.Exists(path)) return [$"{row.SopInstanceUid}: {row.FilePath} is missing"];
        var size = new FileInfo(path).Length;
        if (size != row.SizeBytes) return [$"{row.SopInstanceUid}: {row.FilePath} has {size} bytes, the index says {row.SizeBytes}"];
        DicomFile stored;
        try
        {
            stored = await DicomFile.OpenAsync(path);
        }
        catch (Exception ex) when (ex is DicomFormatException or IOException)
        {
            return [$"{row.SopInstanceUid}: {row.FilePath} does not parse: {ex.Message}"];
        }
        var problems = new List<string>();
        if (stored.Dataset.GetString(DicomTags.SOPInstanceUID) != row.SopInstanceUid)
            problems.Add($"{row.SopInstanceUid}: {row.FilePath} holds {stored.Dataset.GetString(DicomTags.SOPInstanceUID)}");
        if (!NetworkSamples.PixelBytes(stored.Dataset).AsSpan().SequenceEqual(NetworkSamples.PixelBytes(original.Dataset)))
            problems.Add($"{row.SopInstanceUid}: {row.FilePath} has other pixel data than was sent");
        return problems;
    }

    private sealed record IndexRow(string SopInstanceUid, string FilePath, long SizeBytes);

    private sealed record ReconcileFinding(string Kind, string? SopInstanceUid, string Message);

    private sealed record ReconcileOutcome(ProcessResult Result, int InstancesChecked, IReadOnlyList<ReconcileFinding> Findings);

    /// <summary>Runs <c>pacslab pacs reconcile --data DIR --json</c> on the stopped PACS's data directory and reads its report.</summary>
    private async Task<ReconcileOutcome> ReconcileAsync()
    {
        var result = await PeerProcess.RunAsync(PacsProcess.DotnetHost, [PacsProcess.Executable, "pacs", "reconcile", "--data", DataDirectory, "--json"],
            TimeSpan.FromMinutes(1));
        JsonNode? report;
        try
        {
            report = JsonNode.Parse(result.StandardOutput)?["report"];
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"reconcile --json did not print JSON ({ex.Message}):\n{result.Describe()}");
        }
        Assert.True(report is not null, $"reconcile --json printed no report:\n{result.Describe()}");
        var findings = report["findings"]!.AsArray()
            .Select(f => new ReconcileFinding((string)f!["kind"]!, (string?)f["sopInstanceUid"], (string?)f["message"] ?? ""))
            .ToList();
        return new ReconcileOutcome(result, (int)report["instancesChecked"]!, findings);
    }

    /// <summary>Takes SQLite's write lock on the index from the test's own connection; disposing rolls back and lets the PACS write again.</summary>
    private async Task<SqliteConnection> HoldIndexWriteLockAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, "index.db"), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private int ArchiveFileCount() => Directory.EnumerateFiles(Path.Combine(DataDirectory, "archive"), "*.dcm", SearchOption.AllDirectories).Count();

    /// <summary>Polls archive/ until it holds <paramref name="count"/> files; false when the time is up first.</summary>
    private async Task<bool> WaitForArchiveFilesAsync(int count, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (ArchiveFileCount() < count)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The senders' shared queue and record: each sender takes the next instance, sends it on its own association, and
    /// writes down its UID only once the PACS answered success. A broken association (the kill) ends a sender.
    /// </summary>
    private sealed class Ingest(IEnumerable<DicomFile> files)
    {
        private readonly ConcurrentQueue<DicomFile> _queue = new(files);
        private readonly ConcurrentDictionary<string, byte> _acknowledged = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<string> _ends = [];
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _target = int.MaxValue;

        public IReadOnlySet<string> Acknowledged => _acknowledged.Keys.ToHashSet(StringComparer.Ordinal);
        public ConcurrentBag<string> Refusals { get; } = [];

        /// <summary>Completes once <paramref name="count"/> instances were acknowledged; fails if the senders stop first or time runs out.</summary>
        public async Task ReachedAsync(int count, TimeSpan timeout, BackgroundPeer pacs)
        {
            Volatile.Write(ref _target, count);
            if (_acknowledged.Count >= count) _reached.TrySetResult();
            try
            {
                await _reached.Task.WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"{_acknowledged.Count} of {count} instances acknowledged after {timeout.TotalSeconds:F0} s. {Describe()}\n{pacs.Describe()}");
            }
        }

        public async Task SendAsync(DicomClientOptions options)
        {
            var contexts = DicomClient.Proposals([(NetworkSamples.CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])]);
            try
            {
                await using var client = await DicomClient.ConnectAsync(options, contexts);
                while (_queue.TryDequeue(out var file))
                {
                    var uid = file.Dataset.GetString(DicomTags.SOPInstanceUID)!;
                    var response = await client.StoreAsync(file);
                    if (response.Status != DimseStatus.Success)
                    {
                        Refusals.Add($"{uid}: {response.Status} {response.ErrorComment}");
                        continue;
                    }
                    _acknowledged.TryAdd(uid, 0);
                    if (_acknowledged.Count >= Volatile.Read(ref _target)) _reached.TrySetResult();
                }
                await client.ReleaseAsync();
                _ends.Add("sent everything");
            }
            catch (Exception ex) when (ex is DicomNetworkException or IOException or SocketException)
            {
                // The PACS died under this sender: whatever it was sending got no answer, so it counts as not stored.
                _ends.Add($"{ex.GetType().Name}: {ex.Message}");
            }
            finally
            {
                _reached.TrySetException(new InvalidOperationException($"a sender stopped before the kill ({_ends.LastOrDefault()})"));
            }
        }

        public string Describe() =>
            $"{_acknowledged.Count} acknowledged, {_queue.Count} never sent; senders ended with: {string.Join(" | ", _ends)}";
    }
}
