using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PacsLab.Hosting;
using PacsLab.Pacs.Hosting;
using PacsLab.TestKit;

namespace PacsLab.Tests.Api;

/// <summary>`pacslab pacs` in-process: DICOM and HTTP on 127.0.0.1 free ports, a temp data directory, an HTTP client.</summary>
public sealed class RunningPacsApi : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly WebApplication _app;
    private readonly TempDirectory _folder;

    private RunningPacsApi(WebApplication app, TempDirectory folder, IPEndPoint dicom)
    {
        _app = app;
        _folder = folder;
        DicomEndPoint = dicom;
        Http = new HttpClient { BaseAddress = app.BoundAddress(), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }
    public IPEndPoint DicomEndPoint { get; }
    public string DataDirectory => _folder.Path;

    public static async Task<RunningPacsApi> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = new TempDirectory("pacslab-api");
        var all = new Dictionary<string, string?>
        {
            ["Pacs:DataDirectory"] = folder.Path,
            ["Pacs:DicomPort"] = "0",
            ["Http:Port"] = "0",
            ["Pacs:KnownAes:0:AeTitle"] = "STORESCU",
            ["Pacs:KnownAes:0:Host"] = "127.0.0.1",
            ["Pacs:KnownAes:0:Port"] = "11199",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var app = PacsWebApplication.Create(all, folder.Path);
        await app.StartAsync();
        var dicom = await app.Services.GetRequiredService<PacsDicomService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return new RunningPacsApi(app, folder, dicom);
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await Http.GetFromJsonAsync<T>(path, Json)) ?? throw new InvalidOperationException($"GET {path} returned null");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        var database = PacsLab.Pacs.Index.PacsDatabase.SqliteConnectionString(_app.Services.GetRequiredService<PacsLab.Pacs.PacsOptions>());
        await _app.StopAsync();
        await _app.DisposeAsync();
        // This database's pool only: ClearAllPools would close connections of tests running in parallel.
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database));
        _folder.Dispose();
    }
}
