using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PacsLab.Dicom.Network.Client;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// The real <c>pacslab pacs</c> executable as a child process (<c>dotnet pacslab.dll pacs --data DIR --dicom-port P
/// --http-port H</c>), on free ports; ready once its DICOM port accepts connections and GET /api/health says healthy.
/// <see cref="KillAsync"/> ends it with SIGKILL (no shutdown code runs), which is what a crash test needs.
/// </summary>
public sealed class PacsProcess : IAsyncDisposable
{
    public const string AeTitle = "PACSLAB";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private int _killed;

    private PacsProcess(BackgroundPeer process, int httpPort)
    {
        Process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public BackgroundPeer Process { get; }
    public HttpClient Http { get; }
    public int DicomPort => Process.Port;

    /// <summary>pacslab.dll, copied next to the tests because the test project references src/PacsLab.</summary>
    public static string Executable
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "pacslab.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: the test project should reference src/PacsLab.");
            return dll;
        }
    }

    /// <summary>The dotnet host running these tests, so the PACS runs on the same runtime.</summary>
    public static string DotnetHost =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    public static async Task<PacsProcess> StartAsync(string dataDirectory, string workingDirectory)
    {
        var dicomPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var process = await BackgroundPeer.StartAsync(DotnetHost,
        [
            Executable, "pacs", "--data", dataDirectory,
            "--dicom-port", dicomPort.ToString(CultureInfo.InvariantCulture), "--http-port", httpPort.ToString(CultureInfo.InvariantCulture),
        ], dicomPort, ReadyTimeout, workingDirectory);
        var pacs = new PacsProcess(process, httpPort);
        try
        {
            await pacs.WaitUntilHealthyAsync();
            return pacs;
        }
        catch
        {
            await pacs.DisposeAsync();
            throw;
        }
    }

    /// <summary>Adds an AE to the AE table through the REST API (PUT /api/pacs/ae-table/{aeTitle}).</summary>
    public async Task AddToAeTableAsync(string aeTitle)
    {
        using var response = await Http.PutAsJsonAsync($"api/pacs/ae-table/{aeTitle}",
            new JsonObject { ["aeTitle"] = aeTitle, ["host"] = "127.0.0.1", ["port"] = 104, ["description"] = "crash-safety test sender" });
        Assert.True(response.IsSuccessStatusCode, $"PUT ae-table/{aeTitle}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The SOP Instance UIDs the REST search finds (GET /api/pacs/instances).</summary>
    public async Task<HashSet<string>> SearchInstanceUidsAsync()
    {
        var found = await Http.GetFromJsonAsync<JsonArray>("api/pacs/instances?limit=1000");
        return found!.Select(i => (string)i!["SOPInstanceUID"]!).ToHashSet(StringComparer.Ordinal);
    }

    public DicomClientOptions Client(string callingAeTitle) =>
        new() { Host = "127.0.0.1", Port = DicomPort, CallingAeTitle = callingAeTitle, CalledAeTitle = AeTitle };

    /// <summary>SIGKILL to the process (and any children), then waits for it to be gone. Once only; later calls do nothing.</summary>
    public async Task KillAsync()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 0) await Process.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await KillAsync();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var limit = new CancellationTokenSource(ReadyTimeout);
        var last = "no answer";
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync("api/health", limit.Token);
                if (response.IsSuccessStatusCode) return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(limit.Token)}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                break;
            }
            if (Process.HasExited) throw new InvalidOperationException($"pacslab exited before it was healthy: {Process.Describe()}");
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        throw new TimeoutException($"pacslab was not healthy within {ReadyTimeout.TotalSeconds:F0} s (last: {last}): {Process.Describe()}");
    }
}
