using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PacsLab.Dicom.Network.Client;
using PacsLab.Pacs.Hosting;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// The PACS in-process as a generic host (what <c>pacslab pacs</c> runs, minus the REST API): DICOM on 127.0.0.1 and
/// a free port, a temp data directory, the calling AEs of the DCMTK clients in its AE table (association checks on,
/// as shipped). Move destinations are added once the peer that receives is running and its port is known.
/// </summary>
public sealed class PacsUnderTest : IAsyncDisposable
{
    public const string AeTitle = "PACSLAB";

    /// <summary>Calling AEs the tests use: DCMTK's clients by their usual names and PacsLab's own SCU.</summary>
    public static readonly IReadOnlyList<string> KnownCallingAes = ["STORESCU", "FINDSCU", "MOVESCU", "GETSCU", "WORKSTATION"];

    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(15);

    private readonly IHost _host;
    private readonly TempDirectory _folder;

    private PacsUnderTest(IHost host, TempDirectory folder, IPEndPoint endPoint)
    {
        _host = host;
        _folder = folder;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }
    public int Port => EndPoint.Port;
    public string PortText => Port.ToString(CultureInfo.InvariantCulture);
    public string DataDirectory => _folder.Path;
    private IServiceProvider Services => _host.Services;

    /// <param name="settings">Configuration over the defaults, e.g. <c>["Pacs:CheckPeerHost"] = "true"</c> or a known AE's Host.</param>
    public static async Task<PacsUnderTest> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempDirectory("pacslab-pacsinterop");
        var configuration = new Dictionary<string, string?>
        {
            ["Pacs:AeTitle"] = AeTitle,
            ["Pacs:DataDirectory"] = folder.Path,
            ["Pacs:DicomPort"] = "0",
        };
        for (var i = 0; i < KnownCallingAes.Count; i++)
        {
            configuration[$"Pacs:KnownAes:{i}:AeTitle"] = KnownCallingAes[i];
            configuration[$"Pacs:KnownAes:{i}:Host"] = "127.0.0.1";
            // A calling AE's port is only used if it is a move destination, which these are not.
            configuration[$"Pacs:KnownAes:{i}:Port"] = "104";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddPacs(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            var endPoint = await host.Services.GetRequiredService<PacsDicomService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
            return new PacsUnderTest(host, folder, endPoint);
        }
        catch
        {
            host.Dispose();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Adds (or replaces) an AE table row for a peer on 127.0.0.1 that may query, retrieve, and receive C-MOVEs.</summary>
    public Task AddMoveDestinationAsync(string aeTitle, int port) =>
        Services.GetRequiredService<AeDirectory>().SaveAsync(new RemoteAeRecord
        {
            AeTitle = aeTitle, Host = "127.0.0.1", Port = port, Description = "interop test peer", IsMoveDestination = true,
        }, "interop-test", CancellationToken.None);

    public DicomClientOptions Client(string callingAeTitle = "WORKSTATION") =>
        new() { Host = "127.0.0.1", Port = Port, CallingAeTitle = callingAeTitle, CalledAeTitle = AeTitle };

    public async Task<T> QueryAsync<T>(Func<PacsIndexContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PacsIndexContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>The id of the newest association log row (0 when none): rows written after it have larger ids.</summary>
    public async Task<long> AssociationLogMarkAsync() =>
        await QueryAsync(db => db.AssociationLog.AsNoTracking().MaxAsync(a => (long?)a.Id)) ?? 0;

    /// <summary>
    /// The first association log row that satisfies <paramref name="match"/>. The PACS writes a row just after each
    /// association ends, so a client that has exited may be a moment ahead of the log: polled, with a time limit.
    /// </summary>
    public async Task<AssociationLogRecord> AssociationAsync(Func<AssociationLogRecord, bool> match, string what)
    {
        using var limit = new CancellationTokenSource(LogWait);
        while (true)
        {
            var rows = await QueryAsync(db => db.AssociationLog.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
            if (rows.FirstOrDefault(match) is { } row) return row;
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            }
            catch (OperationCanceledException)
            {
                var seen = string.Join("\n", rows.Select(r => $"{r.CallingAeTitle} -> {r.CalledAeTitle}: {r.Outcome}\n{r.Operations}"));
                throw new TimeoutException($"No association log row for {what} within {LogWait.TotalSeconds:F0} s. Rows:\n{seen}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        var database = PacsLab.Pacs.Index.PacsDatabase.SqliteConnectionString(_host.Services.GetRequiredService<PacsLab.Pacs.PacsOptions>());
        await _host.StopAsync();
        _host.Dispose();
        // This database's pool only: ClearAllPools would close connections of tests running in parallel.
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database));
        _folder.Dispose();
    }
}
