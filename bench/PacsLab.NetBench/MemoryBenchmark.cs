using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>
/// Peak resident memory of each receiver while it takes one large instance: VmHWM read from /proc before the
/// send (idle, after start-up and one C-ECHO; and again after a 20-image warm-up) and after it.
/// </summary>
internal sealed class MemoryBenchmark(string root, string warmup, string large)
{
    private static readonly ReceiverKind[] Kinds =
        [ReceiverKind.PacsLabMove, ReceiverKind.PacsLabCopy, ReceiverKind.PacsLabParse, ReceiverKind.StorescpDefault, ReceiverKind.StorescpBitPreserving];

    public async Task RunAsync()
    {
        var c = CultureInfo.InvariantCulture;
        var size = new FileInfo(large).Length;
        Console.WriteLine($"Receiving one {size / 1e6:F1} MB instance: resident-set peak (VmHWM) of the receiver process, MB");
        Console.WriteLine();
        Console.WriteLine("| receiver | idle peak | after warm-up | after the large instance | extra over idle | extra over warm-up | store s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in Kinds)
        {
            await using var receiver = await kind.Start(Path.Combine(root, "out"), Path.Combine(root, "spool"));
            var idle = receiver.PeakRss;
            await DcmtkTools.StoreAsync(receiver.CalledAeTitle, receiver.Port, warmup);
            var warm = receiver.PeakRss;
            receiver.ClearOutput();
            var wall = await DcmtkTools.StoreAsync(receiver.CalledAeTitle, receiver.Port, large);
            var after = receiver.PeakRss;
            var stored = Directory.EnumerateFiles(receiver.OutputFolder).Select(f => new FileInfo(f).Length).SingleOrDefault();
            if (stored < size - 1024) throw new InvalidOperationException($"{kind.Label} stored {stored} bytes of a {size}-byte instance");
            receiver.ClearOutput();
            Console.WriteLine(string.Create(c,
                $"| {kind.Label} | {idle / 1e6:F1} | {warm / 1e6:F1} | {after / 1e6:F1} | {(after - idle) / 1e6:F1} | {(after - warm) / 1e6:F1} | {wall.TotalSeconds:F2} |"));
        }
    }
}
