using System.Globalization;
using PacsLab.TestKit;

namespace PacsLab.Interop.Tests.Department;

/// <summary>
/// DCMTK's wlmscpfs serving worklist files: each item's dump text becomes a .wl file (dump2dcm) in the folder named
/// after the called AE title, as wlmscpfs expects (with the lockfile it looks for).
/// </summary>
public sealed class ModalityWorklistProvider : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private ModalityWorklistProvider(BackgroundPeer process, TempDirectory folder, string aeTitle)
    {
        Process = process;
        _folder = folder;
        AeTitle = aeTitle;
    }

    public BackgroundPeer Process { get; }
    public string AeTitle { get; }
    public int Port => Process.Port;

    public static async Task<ModalityWorklistProvider> StartAsync(string aeTitle, params string[] itemDumps)
    {
        var wlmscpfs = TestKit.Interop.RequirePeer("wlmscpfs", "dcmtk");
        var dump2dcm = TestKit.Interop.RequirePeer("dump2dcm", "dcmtk");
        var folder = new TempDirectory("pacslab-wlmscpfs");
        try
        {
            var items = Directory.CreateDirectory(Path.Combine(folder.Path, aeTitle)).FullName;
            await File.WriteAllTextAsync(Path.Combine(items, "lockfile"), "");
            for (var i = 0; i < itemDumps.Length; i++)
            {
                var dump = Path.Combine(folder.Path, $"item{i}.dump");
                await File.WriteAllTextAsync(dump, itemDumps[i]);
                var made = await PeerProcess.RunAsync(dump2dcm, [dump, Path.Combine(items, $"item{i}.wl")], TimeSpan.FromSeconds(60));
                if (!made.Succeeded) throw new InvalidOperationException($"dump2dcm could not make worklist item {i}: {made.Describe()}");
            }
            var port = FreePort.Next();
            var process = await BackgroundPeer.StartAsync(wlmscpfs, ["-v", "-dfp", folder.Path, port.ToString(CultureInfo.InvariantCulture)], port);
            return new ModalityWorklistProvider(process, folder, aeTitle);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A worklist item as dcmdump text: the patient, the order and one scheduled procedure step.</summary>
    public static string Item(string accession, string patientId, string patientName, string studyUid, string stationAeTitle, string modality,
        string date, string time, string stepId, string description) => $"""
        (0008,0005) CS [ISO_IR 100]
        (0008,0050) SH [{accession}]
        (0008,0090) PN [WELBY^MARCUS]
        (0010,0010) PN [{patientName}]
        (0010,0020) LO [{patientId}]
        (0010,0030) DA [19750412]
        (0010,0040) CS [F]
        (0020,000d) UI [{studyUid}]
        (0032,1060) LO [{description}]
        (0040,0100) SQ (Sequence with undefined length #=1)
          (fffe,e000) na (Item with undefined length #=8)
            (0008,0060) CS [{modality}]
            (0040,0001) AE [{stationAeTitle}]
            (0040,0002) DA [{date}]
            (0040,0003) TM [{time}]
            (0040,0006) PN [HOUSE^GREGORY]
            (0040,0007) LO [{description}]
            (0040,0009) SH [{stepId}]
            (0040,0010) SH [{stationAeTitle}]
          (fffe,e00d) na (ItemDelimitationItem)
        (fffe,e0dd) na (SequenceDelimitationItem)
        (0040,1001) SH [RP-{stepId}]
        """;

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        _folder.Dispose();
    }
}
