using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PacsLab.Department.Configuration;
using PacsLab.Department.Hosting;
using PacsLab.Department.Modalities;
using PacsLab.Hosting;
using PacsLab.Pacs.Hosting;
using PacsLab.TestKit;

namespace PacsLab.Tests.Lab;

/// <summary>
/// `pacslab lab` in-process: the built-in department with every DICOM port chosen free, HTTP on a free port, a temp
/// data directory and no trickle (the tests acquire on request).
/// </summary>
/// <remarks>Also compiled into the interop tests (linked), so it depends on nothing else of this project.</remarks>
public sealed class RunningLab : IAsyncDisposable
{
    public static readonly System.Text.Json.JsonSerializerOptions Json =
        new(System.Text.Json.JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private readonly WebApplication _app;
    private readonly TempDirectory _folder;

    private RunningLab(WebApplication app, TempDirectory folder, DepartmentOptions department)
    {
        _app = app;
        _folder = folder;
        Department = department;
        Http = new HttpClient { BaseAddress = app.BoundAddress(), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }
    public DepartmentOptions Department { get; }
    public DepartmentDevices Devices => _app.Services.GetRequiredService<DepartmentDevices>();

    public static async Task<RunningLab> StartAsync()
    {
        var folder = new TempDirectory("pacslab-lab");
        var department = DepartmentConfiguration.LoadDefault();
        department.Pacs.Port = FreePort.Next();
        department.Ris.Port = FreePort.Next();
        department.Workstation.Port = FreePort.Next();
        foreach (var modality in department.Modalities)
        {
            modality.Port = FreePort.Next();
            // No automatic retry within a test: a job that gets delivered after a failure was delivered by a resend.
            modality.SendQueue.FirstRetryDelaySeconds = 3600;
            modality.SendQueue.MaxRetryDelaySeconds = 3600;
        }
        var app = LabWebApplication.Create(new LabSettings(department, folder.Path, new TrickleOptions { IntervalSeconds = 0 }),
            new Dictionary<string, string?> { ["Http:Port"] = "0" }, folder.Path);
        await app.StartAsync();
        await app.Services.GetRequiredService<PacsDicomService>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return new RunningLab(app, folder, department);
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await Http.GetFromJsonAsync<T>(path, Json)) ?? throw new InvalidOperationException($"GET {path} returned null");

    public async Task<T> PostAsync<T>(string path, object? body)
    {
        using var response = await Http.PostAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, Json)!;
    }

    public async Task<T> PutAsync<T>(string path, object body)
    {
        using var response = await Http.PutAsJsonAsync(path, body, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"PUT {path}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Polls the job until it reaches a state the predicate accepts; fails with the job as it was after the deadline.</summary>
    public async Task<SendJob> WaitForJobAsync(string modality, string jobId, Func<SendJob, bool> done, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(90));
        SendJob job;
        do
        {
            job = await GetAsync<SendJob>($"/api/department/modalities/{modality}/jobs/{jobId}");
            if (done(job)) return job;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);
        throw new TimeoutException($"send job {jobId} of {modality} stayed {job.State} (last error: {job.LastError?.Message ?? "none"})");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        var database = PacsLab.Pacs.Index.PacsDatabase.SqliteConnectionString(_app.Services.GetRequiredService<PacsLab.Pacs.PacsOptions>());
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database));
        _folder.Dispose();
    }
}
