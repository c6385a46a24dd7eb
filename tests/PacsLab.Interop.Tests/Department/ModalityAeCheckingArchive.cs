using System.Globalization;
using System.Text;
using PacsLab.Interop.Tests.Network;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// DCMTK's dcmqrscp as an archive that takes associations only from the AE titles it lists (its AETable peer list,
/// checked against the HostTable with host lookup off, so 127.0.0.1 matches as written). It rejects any other
/// calling AE title; DCMTK 3.6.7 gives A-ASSOCIATE-RJ reason 7 for that, not 3.
/// </summary>
public sealed class ModalityAeCheckingArchive : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private ModalityAeCheckingArchive(BackgroundPeer process, TempDirectory folder, string aeTitle)
    {
        Process = process;
        _folder = folder;
        AeTitle = aeTitle;
    }

    public BackgroundPeer Process { get; }
    public string AeTitle { get; }
    public int Port => Process.Port;
    public string StorageArea => Path.Combine(_folder.Path, "storage");

    public static async Task<ModalityAeCheckingArchive> StartAsync(string aeTitle, params string[] acceptedCallingAeTitles)
    {
        var dcmqrscp = DcmtkQueryRetrieveTools.DcmQrScp();
        var folder = new TempDirectory("pacslab-dcmqrscp-ae");
        try
        {
            var port = FreePort.Next();
            var storage = Directory.CreateDirectory(Path.Combine(folder.Path, "storage")).FullName;
            var config = Path.Combine(folder.Path, "dcmqrscp.cfg");
            await File.WriteAllTextAsync(config, Configuration(port, aeTitle, storage, acceptedCallingAeTitles));
            var process = await BackgroundPeer.StartAsync(dcmqrscp, ["-v", "-dhl", "-c", config, port.ToString(CultureInfo.InvariantCulture)], port,
                workingDirectory: folder.Path);
            return new ModalityAeCheckingArchive(process, folder, aeTitle);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>dcmqrcnf.txt format: each accepted AE a HostTable entry, and the archive's AETable row lists them as its peers.</summary>
    private static string Configuration(int port, string aeTitle, string storage, IReadOnlyList<string> accepted)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"NetworkTCPPort  = {port}");
        text.AppendLine("MaxPDUSize      = 16384");
        text.AppendLine("MaxAssociations = 16");
        text.AppendLine("HostTable BEGIN");
        for (var i = 0; i < accepted.Count; i++)
            text.AppendLine(CultureInfo.InvariantCulture, $"peer{i} = ({accepted[i]}, 127.0.0.1, 104)");
        text.AppendLine(CultureInfo.InvariantCulture, $"accepted = {string.Join(", ", accepted.Select((_, i) => $"peer{i}"))}");
        text.AppendLine("HostTable END");
        text.AppendLine("VendorTable BEGIN");
        text.AppendLine("VendorTable END");
        text.AppendLine("AETable BEGIN");
        text.AppendLine(CultureInfo.InvariantCulture, $"{aeTitle} {storage} RW (100, 64mb) accepted");
        text.AppendLine("AETable END");
        return text.ToString();
    }

    /// <summary>The image files dcmqrscp has written (its index.dat excluded).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.GetFiles(StorageArea).Where(p => !Path.GetFileName(p).Equals("index.dat", StringComparison.Ordinal)).ToList();

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _folder.Dispose();
    }
}
