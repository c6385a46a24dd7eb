using System.Globalization;
using PacsLab.Dicom.Network.Client;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>DCMTK's storescp on 127.0.0.1 and a free port, writing what it receives into a temp folder.</summary>
public sealed class StoreScpPeer : IAsyncDisposable
{
    public const string AeTitle = "STORESCP";

    private readonly TempDirectory _output;

    private StoreScpPeer(BackgroundPeer process, TempDirectory output)
    {
        Process = process;
        _output = output;
    }

    public BackgroundPeer Process { get; }
    public string OutputFolder => _output.Path;

    /// <summary>Starts <c>storescp -v -aet STORESCP --output-directory DIR [options] PORT</c> and waits until it listens.</summary>
    public static async Task<StoreScpPeer> StartAsync(params string[] options)
    {
        var storescp = DcmtkNetworkTools.StoreScp();
        var output = new TempDirectory("pacslab-storescp");
        try
        {
            var port = FreePort.Next();
            string[] arguments = ["-v", "-aet", AeTitle, "--output-directory", output.Path, .. options, port.ToString(CultureInfo.InvariantCulture)];
            var process = await BackgroundPeer.StartAsync(storescp, arguments, port);
            return new StoreScpPeer(process, output);
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    public DicomClientOptions ClientOptions(string calledAeTitle = AeTitle) =>
        new() { Host = "127.0.0.1", Port = Process.Port, CallingAeTitle = "PACSLAB_SCU", CalledAeTitle = calledAeTitle };

    /// <summary>The files storescp has written so far.</summary>
    public IReadOnlyList<string> ReceivedFiles() => Directory.GetFiles(OutputFolder).Order(StringComparer.Ordinal).ToList();

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _output.Dispose();
    }
}
