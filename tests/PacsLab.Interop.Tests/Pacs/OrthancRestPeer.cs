using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Pacs;

/// <summary>
/// Debian's Orthanc with its REST API on, for tests where Orthanc is the PACS's peer: a C-MOVE destination (checked
/// through REST) and a query/retrieve client (driven through REST). Its configuration is written for one test: data
/// in a temp folder, DICOM and HTTP on free ports, the PACS as its only modality (symbolic name <see cref="PacsModality"/>).
/// </summary>
/// <remarks>
/// Orthanc 1.10 binds both ports on every interface. As in <see cref="OrthancPeer"/>, DICOM answers only the PACS
/// calling from 127.0.0.1; HTTP answers only local clients (RemoteAccessAllowed false) and needs no password then.
/// </remarks>
public sealed class OrthancRestPeer : IAsyncDisposable
{
    public const string AeTitle = "ORTHANC";
    public const string PacsModality = "pacslab";

    private static readonly TimeSpan HttpReadyTimeout = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder;

    private OrthancRestPeer(BackgroundPeer process, TempDirectory folder, int httpPort)
    {
        Process = process;
        _folder = folder;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public BackgroundPeer Process { get; }
    public HttpClient Http { get; }
    public int DicomPort => Process.Port;

    /// <summary>Starts Orthanc knowing the PACS (<paramref name="pacsAeTitle"/> at 127.0.0.1:<paramref name="pacsPort"/>); ready once DICOM and HTTP answer.</summary>
    public static async Task<OrthancRestPeer> StartAsync(string pacsAeTitle, int pacsPort)
    {
        var orthanc = OrthancPeer.Require();
        var folder = new TempDirectory("pacslab-orthanc-rest");
        try
        {
            var dicomPort = FreePort.Next();
            var httpPort = FreePort.Next();
            var config = Path.Combine(folder.Path, "config.json");
            await File.WriteAllTextAsync(config,
                OrthancConfiguration.Build("PacsLabPacsInterop", folder.Path, AeTitle, dicomPort, [(PacsModality, pacsAeTitle, pacsPort)], httpPort).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            var process = await BackgroundPeer.StartAsync(orthanc, [config], dicomPort, TimeSpan.FromSeconds(30), workingDirectory: folder.Path);
            var peer = new OrthancRestPeer(process, folder, httpPort);
            try
            {
                await peer.WaitForHttpAsync();
                return peer;
            }
            catch
            {
                await peer.DisposeAsync();
                throw;
            }
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>POSTs a JSON body; fails with Orthanc's answer and its log unless the status is 2xx.</summary>
    public async Task<JsonNode?> PostAsync(string path, JsonNode body)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Orthanc answered POST /{path} with {(int)response.StatusCode}: {text}\n{Process.Describe()}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public async Task<JsonNode?> GetAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Orthanc answered GET /{path} with {(int)response.StatusCode}: {text}\n{Process.Describe()}");
        return JsonNode.Parse(text);
    }

    /// <summary>The SOP Instance UIDs Orthanc holds for the study, sorted (Orthanc's own index, through /tools/find).</summary>
    public async Task<IReadOnlyList<string>> InstanceUidsOfStudyAsync(string studyInstanceUid)
    {
        var found = await PostAsync("tools/find", new JsonObject
        {
            ["Level"] = "Instance",
            ["Query"] = new JsonObject { ["StudyInstanceUID"] = studyInstanceUid },
            ["Expand"] = true,
        });
        return found!.AsArray().Select(i => (string?)i!["MainDicomTags"]?["SOPInstanceUID"] ?? "(none)").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The patient and study tags Orthanc holds for the study, or null when it has no such study.</summary>
    public async Task<JsonNode?> StudyAsync(string studyInstanceUid)
    {
        var found = await PostAsync("tools/find", new JsonObject
        {
            ["Level"] = "Study",
            ["Query"] = new JsonObject { ["StudyInstanceUID"] = studyInstanceUid },
            ["Expand"] = true,
        });
        return found!.AsArray().SingleOrDefault();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Polls GET /system: Orthanc opens its HTTP port after its DICOM port.</summary>
    private async Task WaitForHttpAsync()
    {
        using var limit = new CancellationTokenSource(HttpReadyTimeout);
        while (true)
        {
            try
            {
                using var response = await Http.GetAsync("system", limit.Token);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                throw new TimeoutException($"Orthanc's REST API did not answer within {HttpReadyTimeout.TotalSeconds:F0} s: {Process.Describe()}");
            }
            if (Process.HasExited) throw new InvalidOperationException($"Orthanc exited before its REST API answered: {Process.Describe()}");
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Orthanc's REST API did not answer within {HttpReadyTimeout.TotalSeconds:F0} s: {Process.Describe()}");
            }
        }
    }
}
