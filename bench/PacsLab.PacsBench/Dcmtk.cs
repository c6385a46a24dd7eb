using System.Diagnostics;
using System.Globalization;

namespace PacsLab.PacsBench;

/// <summary>DCMTK's command-line SCUs, each run with TCP_NODELAY=1; times are wall times from start to exit.</summary>
internal static class Dcmtk
{
    /// <summary>The calling AE of every SCU here; each server knows it.</summary>
    public const string CallingAeTitle = "STORESCU";

    public static bool Installed() => new[] { "storescu", "storescp", "echoscu", "movescu", "findscu" }.All(OnPath);

    public static async Task<bool> EchoAsync(string calledAeTitle, int port) =>
        (await RunAsync("echoscu", ["-aet", CallingAeTitle, "-aec", calledAeTitle, "127.0.0.1", Text(port)])).Code == 0;

    /// <summary>storescu +sd FOLDER over one association (default proposals).</summary>
    public static async Task<TimeSpan> StoreAsync(string calledAeTitle, int port, string folder)
    {
        var (code, output, elapsed) = await RunAsync("storescu", ["-aet", CallingAeTitle, "-aec", calledAeTitle, "+sd", "127.0.0.1", Text(port), folder]);
        // storescu exits 0 even when a C-STORE-RSP reports a failure; it then logs it as an error or warning.
        if (code != 0 || output.Contains("E: ", StringComparison.Ordinal))
            throw new InvalidOperationException($"storescu to {calledAeTitle} failed (exit code {code}): {Tail(output)}");
        return elapsed;
    }

    /// <summary>movescu at study level: asks the server to send the study to <paramref name="destination"/>.</summary>
    public static async Task<TimeSpan> MoveStudyAsync(string calledAeTitle, int port, string destination, string studyUid)
    {
        var (code, output, elapsed) = await RunAsync("movescu", ["-S", "-aet", CallingAeTitle, "-aec", calledAeTitle, "-aem", destination,
            "-k", "QueryRetrieveLevel=STUDY", "-k", $"StudyInstanceUID={studyUid}", "127.0.0.1", Text(port)]);
        if (code != 0 || output.Contains("E: ", StringComparison.Ordinal))
            throw new InvalidOperationException($"movescu to {calledAeTitle} failed (exit code {code}): {Tail(output)}");
        return elapsed;
    }

    /// <summary>findscu -S at study level with the given keys (KEY=VALUE, or KEY to ask for a return value).</summary>
    public static async Task<TimeSpan> FindAsync(string calledAeTitle, int port, IEnumerable<string> keys)
    {
        List<string> args = ["-S", "-aet", CallingAeTitle, "-aec", calledAeTitle];
        foreach (var key in keys) args.AddRange(["-k", key]);
        args.AddRange(["127.0.0.1", Text(port)]);
        var (code, output, elapsed) = await RunAsync("findscu", [.. args]);
        if (code != 0 || output.Contains("E: ", StringComparison.Ordinal))
            throw new InvalidOperationException($"findscu to {calledAeTitle} failed (exit code {code}): {Tail(output)}");
        return elapsed;
    }

    private static async Task<(int Code, string Output, TimeSpan Elapsed)> RunAsync(string tool, string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["TCP_NODELAY"] = "1";
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return (process.ExitCode, await stdout + await stderr, elapsed);
    }

    private static string Tail(string text) => text.Length > 600 ? text[^600..] : text;

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
