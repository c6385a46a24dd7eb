using System.Diagnostics;
using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>DCMTK's echoscu and storescu as the sending side, run with TCP_NODELAY=1 as the issue asks.</summary>
internal static class DcmtkTools
{
    public const string CallingAeTitle = "STORESCU";

    public static bool Installed() => new[] { "storescu", "storescp", "echoscu" }.All(Which);

    public static async Task<bool> EchoAsync(string calledAeTitle, int port)
    {
        var (code, _) = await RunAsync("echoscu", ["-aet", CallingAeTitle, "-aec", calledAeTitle, "127.0.0.1", Port(port)]);
        return code == 0;
    }

    /// <summary>
    /// storescu with default proposals (every uncompressed syntax, explicit VR little endian first), sending
    /// <paramref name="input"/> (a folder with +sd, or one file) over one association. Returns the wall time from
    /// start to exit.
    /// </summary>
    public static async Task<TimeSpan> StoreAsync(string calledAeTitle, int port, string input)
    {
        string[] args = Directory.Exists(input)
            ? ["-aet", CallingAeTitle, "-aec", calledAeTitle, "+sd", "127.0.0.1", Port(port), input]
            : ["-aet", CallingAeTitle, "-aec", calledAeTitle, "127.0.0.1", Port(port), input];
        var started = Stopwatch.GetTimestamp();
        var (code, errors) = await RunAsync("storescu", args);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (code != 0) throw new InvalidOperationException($"storescu to {calledAeTitle} failed with exit code {code}: {errors}");
        return elapsed;
    }

    public static string CommandLine(string calledAeTitle) => $"TCP_NODELAY=1 storescu -aet {CallingAeTitle} -aec {calledAeTitle} +sd 127.0.0.1 PORT FOLDER";

    private static async Task<(int Code, string Errors)> RunAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["TCP_NODELAY"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        _ = await stdout;
        return (process.ExitCode, (await stderr).Trim());
    }

    private static bool Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
