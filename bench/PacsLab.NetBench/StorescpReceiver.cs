using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PacsLab.NetBench;

/// <summary>DCMTK's storescp, one process (no --fork), writing into its output folder; TCP_NODELAY=1 like storescu.</summary>
internal sealed class StorescpReceiver : Receiver
{
    public const string AeTitle = "STORESCP";
    private readonly Process _process;
    private readonly int _port;

    private StorescpReceiver(string label, string outputFolder, IEnumerable<string> extraOptions) : base(label, AeTitle, outputFolder)
    {
        _port = FreePort();
        var start = new ProcessStartInfo("storescp") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in extraOptions.Concat(["--output-directory", outputFolder, "-aet", AeTitle, _port.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            start.ArgumentList.Add(a);
        // Without it DCMTK leaves Nagle's algorithm on: each C-STORE-RSP then waits for the sender's delayed ACK
        // (about 40 ms an image here), which would measure the kernel's timer rather than storescp.
        start.Environment["TCP_NODELAY"] = "1";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public override int Port => _port;
    protected override Process Process => _process;

    public static async Task<StorescpReceiver> StartAsync(string label, string outputFolder, params string[] extraOptions)
    {
        Directory.CreateDirectory(outputFolder);
        var receiver = new StorescpReceiver(label, outputFolder, extraOptions);
        await receiver.WaitForEchoAsync();
        return receiver;
    }

    public override async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
