using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Client;
using PacsLab.Pacs.Hosting;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.TestKit;

namespace PacsLab.Pacs.Tests.Support;

/// <summary>The PACS as a generic host on 127.0.0.1 and a free DICOM port, over a temp data directory.</summary>
public sealed class RunningPacs : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly bool _ownsFolder;

    private RunningPacs(IHost host, TempDirectory folder, bool ownsFolder, IPEndPoint endPoint)
    {
        _host = host;
        _ownsFolder = ownsFolder;
        Folder = folder;
        EndPoint = endPoint;
    }

    public TempDirectory Folder { get; }
    public IPEndPoint EndPoint { get; }
    public int Port => EndPoint.Port;
    public IServiceProvider Services => _host.Services;
    public AeDirectory Directory => Services.GetRequiredService<AeDirectory>();

    /// <param name="settings">Extra configuration, e.g. <c>["Pacs:KnownAes:0:AeTitle"] = "CT_ROOM1"</c>.</param>
    /// <param name="folder">A data directory the caller keeps (for restarts); by default a temp one removed on dispose.</param>
    public static async Task<RunningPacs> StartAsync(IDictionary<string, string?>? settings = null, TempDirectory? folder = null)
    {
        var ownsFolder = folder is null;
        folder ??= new TempDirectory("pacslab-pacs");
        var configuration = new Dictionary<string, string?>
        {
            ["Pacs:DataDirectory"] = folder.Path,
            ["Pacs:DicomPort"] = "0",
            ["Pacs:KnownAes:0:AeTitle"] = "STORESCU",
            ["Pacs:KnownAes:0:Host"] = "127.0.0.1",
            ["Pacs:KnownAes:0:Port"] = "11199",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddPacs(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var endPoint = await host.Services.GetRequiredService<PacsDicomService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return new RunningPacs(host, folder, ownsFolder, endPoint);
    }

    public DicomClientOptions Client(string callingAe = "STORESCU", string calledAe = "PACSLAB") =>
        new() { Host = "127.0.0.1", Port = Port, CallingAeTitle = callingAe, CalledAeTitle = calledAe };

    public async Task<T> QueryAsync<T>(Func<PacsIndexContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PacsIndexContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Waits until the association log has <paramref name="count"/> rows (it is written just after each association ends).</summary>
    public async Task<List<AssociationLogRecord>> AssociationLogAsync(int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var rows = await QueryAsync(db => db.AssociationLog.OrderBy(a => a.Id).ToListAsync());
            if (rows.Count >= count) return rows;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the association log did not reach {count} rows");
    }

    /// <summary>The Q/R models plus CT Image Storage in Explicit VR LE: what a test needs to store one CT and then query or retrieve it.</summary>
    public static IReadOnlyList<PacsLab.Dicom.Network.Pdu.PresentationContextProposal> QueryRetrieveAndCtContexts() => DicomClient.Proposals(
        PacsSyntaxes.QueryRetrieve.Select(uid => (uid, PacsSyntaxes.CommandTransferSyntaxes))
            .Append((TestInstance.CtImageStorage, (IReadOnlyList<string>)[DicomTransferSyntax.ExplicitVRLittleEndian.Uid])));

    /// <summary>A PACS holding one study: a default <see cref="TestInstance"/>, stored over DICOM.</summary>
    public static async Task<RunningPacs> StartWithOneStudyAsync()
    {
        var pacs = await StartAsync();
        await using var client = await DicomClient.ConnectAsync(pacs.Client(), QueryRetrieveAndCtContexts());
        if (!(await client.StoreAsync(AsFile(new TestInstance()))).Status.IsSuccess) throw new InvalidOperationException("the test study was not stored");
        await client.ReleaseAsync();
        return pacs;
    }

    public static DicomFile AsFile(TestInstance instance, DicomTransferSyntax? syntax = null) =>
        DicomFile.Create(instance.ToDataset(), syntax ?? DicomTransferSyntax.ExplicitVRLittleEndian);

    public async ValueTask DisposeAsync()
    {
        var database = PacsDatabase.SqliteConnectionString(Services.GetRequiredService<PacsOptions>());
        await _host.StopAsync();
        _host.Dispose();
        // This database's pool only: ClearAllPools would close connections of tests running in parallel.
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database));
        if (_ownsFolder) Folder.Dispose();
    }
}
