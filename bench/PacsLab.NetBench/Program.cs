using System.Globalization;
using PacsLab.NetBench;

// C-STORE throughput and memory: DCMTK's storescu sends the same data to the PacsLab SCP and to DCMTK's storescp
// in one run. Usage: dotnet run -c Release --project bench/PacsLab.NetBench -- [images] [large-MiB] [runs]
// (defaults 1000, 200, 5). docs/performance.md explains the rows and has the results.
if (args is ["--scp", var mode, var output, var spool])
{
    // Child process: the PacsLab SCP alone (see ScpChild).
    await ScpChild.RunAsync(mode, output, spool);
    return 0;
}

var c = CultureInfo.InvariantCulture;
if (args is ["--generate", var folder, var count])
{
    // The same series, kept, for sending by hand (e.g. to a child started with --scp).
    await BenchImages.WriteSeriesAsync(folder, int.Parse(count, c), "series");
    return 0;
}
var imageCount = args.Length > 0 ? int.Parse(args[0], c) : 1000;
var largeMiB = args.Length > 1 ? int.Parse(args[1], c) : 200;
var runs = args.Length > 2 ? int.Parse(args[2], c) : 5;
if (!DcmtkTools.Installed())
{
    Console.Error.WriteLine("DCMTK's storescu, storescp and echoscu are needed (apt-get install dcmtk).");
    return 2;
}

var root = Directory.CreateTempSubdirectory("pacslab-netbench-").FullName;
try
{
    var images = Path.Combine(root, "images");
    var warmup = Path.Combine(root, "warmup");
    var large = Path.Combine(root, "large.dcm");
    await BenchImages.WriteSeriesAsync(images, imageCount, "series");
    await BenchImages.WriteSeriesAsync(warmup, 20, "warmup");
    await BenchImages.WriteLargeAsync(large, largeMiB);
    // Flush the generated files to disk now, so their write-back does not land inside the first timed runs.
    using (var sync = System.Diagnostics.Process.Start("sync")) await sync.WaitForExitAsync();
    var seriesBytes = Directory.EnumerateFiles(images).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"{imageCount} images, {seriesBytes / 1e6:F0} MB in all; large instance {new FileInfo(large).Length / 1e6:F1} MB; " +
        $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
    Console.WriteLine($"sender: {DcmtkTools.CommandLine("AE")}");
    Console.WriteLine();

    var throughput = new ThroughputBenchmark(root, images, imageCount, runs);
    await throughput.RunAsync();
    Console.WriteLine();
    await new MemoryBenchmark(root, warmup, large).RunAsync();
    return 0;
}
finally
{
    Directory.Delete(root, recursive: true);
}
