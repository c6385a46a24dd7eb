using System.Globalization;
using System.Text;
using PacsLab.Dicom.Network.Client;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Network;

/// <summary>
/// DCMTK's dcmqrscp on 127.0.0.1 and a free port: an archive that stores, queries and retrieves, with its
/// configuration file and storage area in a temp folder. Move destinations go into its HostTable.
/// </summary>
public sealed class DcmQrScpPeer : IAsyncDisposable
{
    public const string AeTitle = "DCMQRSCP";

    private readonly TempDirectory _folder;

    private DcmQrScpPeer(BackgroundPeer process, TempDirectory folder)
    {
        Process = process;
        _folder = folder;
    }

    public BackgroundPeer Process { get; }
    public string StorageArea => Path.Combine(_folder.Path, "storage");

    /// <summary>
    /// Writes dcmqrscp.cfg and starts <c>dcmqrscp -v -c CFG PORT</c>. It forks a child per association (the
    /// default): in single-process mode (-s) DCMTK 3.6.7's dcmqrscp crashes after the first association ends.
    /// </summary>
    public static async Task<DcmQrScpPeer> StartAsync(params (string AeTitle, int Port)[] moveDestinations)
    {
        var dcmqrscp = DcmtkQueryRetrieveTools.DcmQrScp();
        var folder = new TempDirectory("pacslab-dcmqrscp");
        try
        {
            var port = FreePort.Next();
            var storage = Directory.CreateDirectory(Path.Combine(folder.Path, "storage")).FullName;
            var config = Path.Combine(folder.Path, "dcmqrscp.cfg");
            await File.WriteAllTextAsync(config, Configuration(port, storage, moveDestinations));
            var process = await BackgroundPeer.StartAsync(dcmqrscp, ["-v", "-c", config, port.ToString(CultureInfo.InvariantCulture)], port,
                workingDirectory: folder.Path);
            return new DcmQrScpPeer(process, folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The configuration format of DCMTK's dcmqrcnf.txt: global settings, a HostTable of known peers (every move
    /// destination must be one), an empty VendorTable, and one AE with its storage area, read-write for ANY peer.
    /// </summary>
    private static string Configuration(int port, string storage, IEnumerable<(string AeTitle, int Port)> moveDestinations)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"NetworkTCPPort  = {port}");
        text.AppendLine("MaxPDUSize      = 16384");
        text.AppendLine("MaxAssociations = 16");
        text.AppendLine();
        text.AppendLine("HostTable BEGIN");
        var index = 0;
        foreach (var (aeTitle, destinationPort) in moveDestinations)
            text.AppendLine(CultureInfo.InvariantCulture, $"destination{index++} = ({aeTitle}, 127.0.0.1, {destinationPort})");
        text.AppendLine("HostTable END");
        text.AppendLine();
        text.AppendLine("VendorTable BEGIN");
        text.AppendLine("VendorTable END");
        text.AppendLine();
        text.AppendLine("AETable BEGIN");
        // AE title, storage area, access, (max studies, max bytes per study), peers allowed
        text.AppendLine(CultureInfo.InvariantCulture, $"{AeTitle} {storage} RW (100, 64mb) ANY");
        text.AppendLine("AETable END");
        return text.ToString();
    }

    public DicomClientOptions ClientOptions(string callingAeTitle = "PACSLAB_SCU") =>
        new() { Host = "127.0.0.1", Port = Process.Port, CallingAeTitle = callingAeTitle, CalledAeTitle = AeTitle };

    /// <summary>The image files dcmqrscp has written into its storage area (its index.dat excluded).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.GetFiles(StorageArea).Where(p => !Path.GetFileName(p).Equals("index.dat", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _folder.Dispose();
    }
}
