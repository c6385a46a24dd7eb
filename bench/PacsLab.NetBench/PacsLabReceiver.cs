using System.Diagnostics;
using System.Globalization;

namespace PacsLab.NetBench;

/// <summary>The PacsLab SCP in a child process: this benchmark re-invoked with <c>--scp MODE OUT SPOOL</c>.</summary>
internal sealed class PacsLabReceiver : Receiver
{
    private readonly Process _process;
    private int _port;

    private PacsLabReceiver(string label, string mode, string outputFolder, string spoolFolder, IReadOnlyDictionary<string, string> environment)
        : base(label, ScpChild.AeTitle, outputFolder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(PacsLabReceiver).Assembly.Location);
        foreach (var a in new[] { "--scp", mode, outputFolder, spoolFolder }) start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
    }

    public override int Port => _port;
    protected override Process Process => _process;

    /// <param name="environment">Extra environment for the child, e.g. a GC setting for a diagnostic run.</param>
    public static async Task<PacsLabReceiver> StartAsync(string label, string mode, string outputFolder, string spoolFolder,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        Directory.CreateDirectory(outputFolder);
        var receiver = new PacsLabReceiver(label, mode, outputFolder, spoolFolder, environment ?? new Dictionary<string, string>());
        var line = await receiver._process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException("the PacsLab SCP child exited before it was ready");
        receiver._port = int.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture);
        await receiver.WaitForEchoAsync();
        return receiver;
    }

    public override async Task<ScpStats?> TakeStatsAsync()
    {
        await _process.StandardInput.WriteLineAsync("stats");
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the PacsLab SCP child exited");
        var f = line.Split(' ');
        var c = CultureInfo.InvariantCulture;
        return new ScpStats(long.Parse(f[1], c), long.Parse(f[2], c), double.Parse(f[3], c), double.Parse(f[4], c),
            int.Parse(f[5], c), int.Parse(f[6], c), int.Parse(f[7], c), long.Parse(f[8], c));
    }

    public override async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { _process.Kill(); }
        _process.Dispose();
    }
}
