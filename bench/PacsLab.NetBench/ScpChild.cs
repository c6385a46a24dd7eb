using System.Globalization;
using PacsLab.Dicom;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;

namespace PacsLab.NetBench;

/// <summary>
/// The PacsLab C-STORE SCP as its own process (so its memory high-water mark is its own). Talks to the parent over
/// standard streams: prints "ready PORT"; on "stats" prints the handler timings and GC counters since the last
/// "stats"; stops when standard input closes.
/// </summary>
internal static class ScpChild
{
    public const string AeTitle = "PACSLAB";

    public static async Task RunAsync(string mode, string outputFolder, string spoolFolder)
    {
        var timings = new StoreTimings();
        var policy = new AssociationPolicy
        {
            AeTitle = AeTitle,
            SupportedSyntaxes =
            [
                new SupportedSyntax("1.2.840.10008.1.1", [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
                new SupportedSyntax(BenchImages.CtImageStorage, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomTransferSyntax.ImplicitVRLittleEndian.Uid]),
            ],
        };
        var server = new DicomServer(
            new DicomServerOptions
            {
                Association = new AssociationOptions { SpoolDirectory = spoolFolder, SpoolThreshold = mode == StoreModes.Move ? 0 : AssociationOptions.Default.SpoolThreshold },
            },
            policy,
            new DimseServiceHandlers { Store = StoreModes.Create(mode, outputFolder, timings) });
        server.Start();
        await using (server)
        {
            Console.WriteLine($"ready {server.LocalEndPoint.Port}");
            while (await Console.In.ReadLineAsync() is { } line)
            {
                if (line != "stats") continue;
                var gc = string.Create(CultureInfo.InvariantCulture,
                    $"{GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalAllocatedBytes()}");
                Console.WriteLine($"stats {timings.TakeLine()} {gc}");
            }
        }
    }
}
