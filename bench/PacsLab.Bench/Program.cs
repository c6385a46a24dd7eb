using System.Diagnostics;
using PacsLab.Dicom;
using PacsLab.Bench;

// Reads one large instance with PacsLab, pydicom and dcmdump in the same run and prints the numbers side by side.
// Usage: dotnet run -c Release --project bench/PacsLab.Bench -- [size-in-MB]
if (args is ["--measure", var measurePath, var mode])
{
    // Child process: one read, so its peak RSS is the read's alone.
    var options = mode == "headers" ? new DicomReadOptions { StopBeforeTag = DicomTags.PixelData } : DicomReadOptions.Default;
    var m = await PacsLabReader.MeasureAsync(measurePath, options);
    Console.WriteLine(FormattableString.Invariant($"{m.Milliseconds} {m.ManagedPeakBytes} {m.RssPeakBytes}"));
    return;
}
if (args is ["--generate", var generatePath, var generateMb])
{
    await LargeInstance.WriteAsync(generatePath, int.Parse(generateMb, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

var sizeMb = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var dir = Directory.CreateTempSubdirectory("pacslab-bench-");
try
{
    var path = Path.Combine(dir.FullName, "large.dcm");
    // Generated in a child process: a forked peer inherits this process's RSS high-water mark, so keep it small.
    await PacsLabReader.RunChildAsync("--generate", path, sizeMb.ToString(System.Globalization.CultureInfo.InvariantCulture));
    var fileBytes = new FileInfo(path).Length;
    Console.WriteLine($"Instance: {fileBytes / 1e6:F1} MB, explicit VR little endian, one OW pixel data element");
    Console.WriteLine();
    Console.WriteLine($"{"reader",-34} {"time ms",9} {"managed peak MB",16} {"x file",7} {"RSS peak MB",12}");

    foreach (var (label, readMode) in new[] { ("PacsLab: whole file", "full"), ("PacsLab: headers (stop at pixels)", "headers") })
    {
        var r = await PacsLabReader.MeasureInChildAsync(path, readMode);
        Console.WriteLine($"{label,-34} {r.Milliseconds,9:F0} {r.ManagedPeakBytes / 1e6,16:F1} {r.ManagedPeakBytes / (double)fileBytes,7:F2} {r.RssPeakBytes / 1e6,12:F1}");
    }

    foreach (var peer in Peer.All(path))
    {
        var r = await peer.RunAsync();
        Console.WriteLine(r is null
            ? $"{peer.Label,-34} {"(not installed: " + peer.Package + ")",-40}"
            : $"{peer.Label,-34} {r.Value.Milliseconds,9:F0} {"-",16} {"-",7} {r.Value.RssPeakBytes / 1e6,12:F1}");
    }
    Console.WriteLine();
    Console.WriteLine("managed peak = bytes allocated by the read (an upper bound on the live managed heap);");
    Console.WriteLine("RSS peak = the whole process, runtime included (VmHWM for PacsLab, ru_maxrss for the peers).");
}
finally
{
    dir.Delete(recursive: true);
}
