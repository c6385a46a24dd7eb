using System.Text.Json;
using System.Text.Json.Nodes;
using PacsLab.Dicom.Network.Client;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>
/// Debian's Orthanc with a configuration written for one test: its storage and SQLite index in a temp folder,
/// DICOM on a free port, no HTTP server, no plugins, and the modalities it knows: the only AEs it answers (from
/// 127.0.0.1) and the only move destinations it sends to.
/// </summary>
public sealed class OrthancPeer : IAsyncDisposable
{
    public const string AeTitle = "ORTHANC";

    private readonly TempDirectory _folder;

    private OrthancPeer(BackgroundPeer process, TempDirectory folder)
    {
        Process = process;
        _folder = folder;
    }

    public BackgroundPeer Process { get; }

    /// <summary>Orthanc's path: on PATH, else where Debian puts it (/usr/sbin is not on every user's PATH).</summary>
    public static string Require()
    {
        var path = PeerTool.Find("Orthanc") ?? PeerTool.Find("/usr/sbin/Orthanc");
        TestKit.Interop.Require(path is not null, "Orthanc is not installed: apt-get install orthanc");
        return path!;
    }

    /// <summary>Writes config.json and starts <c>Orthanc config.json</c>; ready once its DICOM port accepts connections.</summary>
    public static async Task<OrthancPeer> StartAsync(params (string AeTitle, int Port)[] modalities)
    {
        var orthanc = Require();
        var folder = new TempDirectory("pacslab-orthanc");
        try
        {
            var port = FreePort.Next();
            var config = Path.Combine(folder.Path, "config.json");
            await File.WriteAllTextAsync(config, OrthancConfiguration.Build("PacsLabInterop", folder.Path, AeTitle, port, modalities.Select(m => (m.AeTitle, m.AeTitle, m.Port))).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            var process = await BackgroundPeer.StartAsync(orthanc, [config], port, TimeSpan.FromSeconds(30), workingDirectory: folder.Path);
            return new OrthancPeer(process, folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <param name="callingAeTitle">One of the modalities Orthanc was started with.</param>
    public DicomClientOptions ClientOptions(string callingAeTitle) =>
        new() { Host = "127.0.0.1", Port = Process.Port, CallingAeTitle = callingAeTitle, CalledAeTitle = AeTitle };

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _folder.Dispose();
    }
}
