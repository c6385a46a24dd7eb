using System.Diagnostics;
using System.Globalization;

namespace PacsLab.Bench;

/// <summary>
/// The same read done by programs nobody here wrote, each in its own process. Python's resource module reports
/// the peak RSS: of itself for pydicom, of its child for dcmdump.
/// </summary>
internal sealed record Peer(string Label, string Package, string[] Arguments)
{
    private const string Python = "/usr/bin/python3";

    public static IEnumerable<Peer> All(string path)
    {
        const string pydicom = "import sys,time,resource,pydicom\nt=time.perf_counter();ds=pydicom.dcmread(sys.argv[1],stop_before_pixels=sys.argv[2]=='1')\n" +
            "n=0 if sys.argv[2]=='1' else len(ds.PixelData)\nprint((time.perf_counter()-t)*1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss*1024)";
        const string child = "import sys,time,resource,subprocess\nt=time.perf_counter();subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,check=True)\n" +
            "print((time.perf_counter()-t)*1000, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss*1024)";
        yield return new Peer("pydicom: whole file", "python3-pydicom", ["-c", pydicom, path, "0"]);
        yield return new Peer("pydicom: stop_before_pixels", "python3-pydicom", ["-c", pydicom, path, "1"]);
        // +M loads every value, like the whole-file reads above.
        yield return new Peer("dcmdump +M (DCMTK)", "dcmtk", ["-c", child, "dcmdump", "+M", "-q", path]);
    }

    public async Task<(double Milliseconds, long RssPeakBytes)?> RunAsync()
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in Arguments) start.ArgumentList.Add(a);
        start.Environment["TCP_NODELAY"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var output = (await stdout).Trim();
            _ = await stderr;
            if (process.ExitCode != 0) return null;
            var parts = output.Split(' ');
            return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
