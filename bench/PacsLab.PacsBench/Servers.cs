using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PacsLab.PacsBench;

internal enum ServerKind { PacsLab, Orthanc, Storescp }

/// <summary>A DICOM server under test: its own process, its own temp folder, listening on a free port.</summary>
internal abstract class Server : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    protected Server(string label, string aeTitle, string folder, int port, ProcessStartInfo start)
    {
        Label = label;
        AeTitle = aeTitle;
        Folder = folder;
        Port = port;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.Environment["TCP_NODELAY"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Label { get; }
    public string AeTitle { get; }
    public string Folder { get; }
    public int Port { get; }
    public int Pid => _process.Id;
    public long PeakRss => ProcStatus.PeakRss(Pid);

    /// <summary>The last lines the process printed, for error messages.</summary>
    public string Output { get { lock (_lastLines) return string.Join('\n', _lastLines); } }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 30) _lastLines.Dequeue();
        }
    }

    protected async Task WaitForEchoAsync(TimeSpan within)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Label} exited with code {_process.ExitCode}:\n{Output}");
            if (await Dcmtk.EchoAsync(AeTitle, Port)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{Label} did not answer C-ECHO on port {Port} within {within.TotalSeconds:F0} s:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string Name(ServerKind kind) => kind switch
    {
        ServerKind.PacsLab => "PacsLab PACS",
        ServerKind.Orthanc => "Orthanc 1.10 (SQLite)",
        _ => "storescp",
    };

    public static Task<Server> StartAsync(ServerKind kind, string root, string moveDestinationAe, int moveDestinationPort) => kind switch
    {
        ServerKind.PacsLab => PacsLabServer.StartAsync(root, moveDestinationAe, moveDestinationPort),
        ServerKind.Orthanc => OrthancServer.StartAsync(root, moveDestinationAe, moveDestinationPort),
        _ => StorescpServer.StartAsync(root, "STORESCP"),
    };
}

/// <summary>`dotnet pacslab.dll pacs`: the PacsLab PACS (DICOM and REST API), defaults otherwise; its AE table seeded by environment.</summary>
internal sealed class PacsLabServer : Server
{
    private PacsLabServer(string folder, int port, ProcessStartInfo start) : base(Server.Name(ServerKind.PacsLab), "PACSLAB", folder, port, start) { }

    public static string Dll()
    {
        if (Environment.GetEnvironmentVariable("PACSBENCH_PACSLAB_DLL") is { Length: > 0 } given) return given;
        // With --artifacts-path: .../bin/PacsLab.PacsBench/release/ next to .../bin/PacsLab/release/pacslab.dll.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var path = Path.Combine(here.Parent!.Parent!.FullName, "PacsLab", here.Name, "pacslab.dll");
        if (!File.Exists(path))
        {
            // Without it: bench/PacsLab.PacsBench/bin/Release/net10.0/ next to src/PacsLab/bin/Release/net10.0/.
            var repo = here.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
            path = Path.Combine(repo, "src", "PacsLab", "bin", here.Parent.Name, here.Name, "pacslab.dll");
        }
        if (!File.Exists(path)) throw new FileNotFoundException("pacslab.dll not found; set PACSBENCH_PACSLAB_DLL", path);
        return path;
    }

    public static async Task<Server> StartAsync(string root, string moveDestinationAe, int moveDestinationPort)
    {
        var folder = Directory.CreateTempSubdirectory("pacsbench-pacslab-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder };
        foreach (var a in new[] { Dll(), "pacs", "--data", Path.Combine(folder, "data"), "--dicom-port", Dcmtk.Text(port), "--http-port", Dcmtk.Text(FreePort()) })
            start.ArgumentList.Add(a);
        start.Environment["PACSLAB__Pacs__KnownAes__0__AeTitle"] = Dcmtk.CallingAeTitle;
        start.Environment["PACSLAB__Pacs__KnownAes__0__Host"] = "127.0.0.1";
        start.Environment["PACSLAB__Pacs__KnownAes__0__Port"] = Dcmtk.Text(FreePort());
        start.Environment["PACSLAB__Pacs__KnownAes__1__AeTitle"] = moveDestinationAe;
        start.Environment["PACSLAB__Pacs__KnownAes__1__Host"] = "127.0.0.1";
        start.Environment["PACSLAB__Pacs__KnownAes__1__Port"] = Dcmtk.Text(moveDestinationPort);
        start.Environment["PACSLAB__Pacs__KnownAes__1__IsMoveDestination"] = "true";
        _ = root;
        var server = new PacsLabServer(folder, port, start);
        await server.WaitForEchoAsync(TimeSpan.FromSeconds(60));
        return server;
    }
}

/// <summary>Debian's Orthanc with a config written here: default SQLite index, no plugins, its own storage folder.</summary>
internal sealed class OrthancServer : Server
{
    public const string Ae = "ORTHANC";

    private OrthancServer(string folder, int port, ProcessStartInfo start) : base(Server.Name(ServerKind.Orthanc), Ae, folder, port, start) { }

    public static string Executable() =>
        new[] { "/usr/sbin/Orthanc", "/usr/bin/Orthanc" }.FirstOrDefault(File.Exists) ?? "Orthanc";

    public static async Task<Server> StartAsync(string root, string moveDestinationAe, int moveDestinationPort)
    {
        _ = root;
        var folder = Directory.CreateTempSubdirectory("pacsbench-orthanc-").FullName;
        var port = FreePort();
        var config = new JsonObject
        {
            ["Name"] = "PacsBench",
            ["StorageDirectory"] = Path.Combine(folder, "storage"),
            ["IndexDirectory"] = Path.Combine(folder, "index"),
            ["StorageCompression"] = false,
            ["Plugins"] = new JsonArray(),
            // Orthanc 1.10 binds every interface; the HTTP server is not needed here, so it stays off.
            ["HttpServerEnabled"] = false,
            ["HttpPort"] = FreePort(),
            ["RemoteAccessAllowed"] = false,
            ["DicomServerEnabled"] = true,
            ["DicomAet"] = Ae,
            ["DicomPort"] = port,
            ["DicomCheckCalledAet"] = false,
            ["DicomModalities"] = new JsonObject
            {
                [Dcmtk.CallingAeTitle] = new JsonArray(Dcmtk.CallingAeTitle, "127.0.0.1", FreePort()),
                [moveDestinationAe] = new JsonArray(moveDestinationAe, "127.0.0.1", moveDestinationPort),
            },
            // It answers only the modalities above, from the host given for them.
            ["DicomCheckModalityHost"] = true,
            ["DicomAlwaysAllowEcho"] = false,
            ["DicomAlwaysAllowStore"] = false,
            ["DicomAlwaysAllowFind"] = false,
            ["DicomAlwaysAllowMove"] = false,
            ["DicomAlwaysAllowGet"] = false,
            ["DicomAssociationCloseDelay"] = 0,
        };
        var path = Path.Combine(folder, "config.json");
        await File.WriteAllTextAsync(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var start = new ProcessStartInfo(Executable()) { WorkingDirectory = folder };
        start.ArgumentList.Add(path);
        var server = new OrthancServer(folder, port, start);
        await server.WaitForEchoAsync(TimeSpan.FromSeconds(60));
        return server;
    }
}

/// <summary>DCMTK's storescp, one process (no --fork), writing what it receives to its folder.</summary>
internal sealed class StorescpServer : Server
{
    private StorescpServer(string aeTitle, string folder, int port, ProcessStartInfo start) : base(Server.Name(ServerKind.Storescp), aeTitle, folder, port, start) { }

    public string OutputFolder => Path.Combine(Folder, "out");

    public int StoredFileCount() => Directory.EnumerateFiles(OutputFolder).Count();

    public void ClearOutput()
    {
        foreach (var file in Directory.EnumerateFiles(OutputFolder)) File.Delete(file);
    }

    public static async Task<Server> StartAsync(string root, string aeTitle, int? port = null)
    {
        _ = root;
        var folder = Directory.CreateTempSubdirectory("pacsbench-storescp-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        var p = port ?? FreePort();
        var start = new ProcessStartInfo("storescp");
        foreach (var a in new[] { "--output-directory", Path.Combine(folder, "out"), "-aet", aeTitle, Dcmtk.Text(p) }) start.ArgumentList.Add(a);
        var server = new StorescpServer(aeTitle, folder, p, start);
        await server.WaitForEchoAsync(TimeSpan.FromSeconds(30));
        return server;
    }
}
