using Microsoft.Extensions.Logging;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Model;

namespace PacsLab.Scenarios.Runner;

/// <summary>
/// A scenario in progress in its own workspace: the ticket, the hints handed out, each check, the report, and
/// stopping it. Thread-safe: the REST API and the CLI may ask at the same time.
/// </summary>
public sealed class ScenarioSession : IAsyncDisposable
{
    private readonly ScenarioCatalog _catalog;
    private readonly ILabInstance _lab;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly List<HintGiven> _hints = [];
    private readonly List<CheckReport> _checks = [];

    internal ScenarioSession(ScenarioContext context, ScenarioCatalog catalog, ILabInstance lab, HttpClient http, string workspace,
        DateTimeOffset startedAt, ScenarioTicket ticket)
    {
        Context = context;
        _catalog = catalog;
        _lab = lab;
        _http = http;
        Workspace = workspace;
        StartedAt = startedAt;
        Ticket = ticket;
    }

    public Scenario Scenario => Context.Scenario;
    public ScenarioContext Context { get; }
    public string Workspace { get; }
    public DateTimeOffset StartedAt { get; }
    public DateTimeOffset ReadyAt => Context.State.ReadyAt ?? StartedAt;
    public ScenarioTicket Ticket { get; }
    public DateTimeOffset? StoppedAt { get; private set; }
    public ILabInstance Lab => _lab;

    public IReadOnlyList<HintGiven> HintsUsed { get { lock (_hints) return _hints.ToList(); } }
    public int HintPoints { get { lock (_hints) return _hints.Sum(h => h.Cost); } }
    public CheckReport? LastCheck { get { lock (_checks) return _checks.LastOrDefault(); } }
    public int CheckCount { get { lock (_checks) return _checks.Count; } }

    public ScenarioStatus Status()
    {
        var now = StoppedAt ?? Context.Time.GetUtcNow();
        return new ScenarioStatus(Scenario.Id, Scenario.Title, StoppedAt is null ? "running" : "stopped", ReadyAt, now - ReadyAt, Scenario.Minutes,
            HintsUsed.Count, Scenario.Hints.Count - HintsUsed.Count, HintPoints, CheckCount, LastCheck?.Outcome, LastCheck?.Score, Ticket);
    }

    /// <summary>The next hint, charged; null when every hint has been given.</summary>
    public HintGiven? NextHint()
    {
        lock (_hints)
        {
            if (_hints.Count >= Scenario.Hints.Count) return null;
            var hint = Scenario.Hints[_hints.Count];
            var given = new HintGiven(_hints.Count + 1, hint.Text, hint.Cost, Scenario.Hints.Count - _hints.Count - 1);
            _hints.Add(given);
            return given;
        }
    }

    /// <summary>Evaluates every objective and guard now (one check at a time) and records the result.</summary>
    public async Task<CheckReport> CheckAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var report = await ScenarioChecker.CheckAsync(Context, _catalog, HintPoints, cancellationToken).ConfigureAwait(false);
            lock (_checks) _checks.Add(report);
            return report;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The run so far: a fresh check, hints, time taken and the trainee's actions from the PACS's logs.</summary>
    public async Task<ScenarioReport> ReportAsync(CancellationToken cancellationToken)
    {
        var check = await CheckAsync(cancellationToken).ConfigureAwait(false);
        var actions = await TraineeActions.ReadAsync(Context, cancellationToken).ConfigureAwait(false);
        var end = StoppedAt ?? Context.Time.GetUtcNow();
        return new ScenarioReport(Scenario.Id, Scenario.Title, Scenario.Track, Scenario.Difficulty, ReadyAt, StoppedAt, end - ReadyAt, Scenario.Minutes,
            HintsUsed, check, CheckCount, actions, Scenario.Debrief);
    }

    /// <summary>The report made when the scenario stopped (null while it runs, or when the lab could no longer be read).</summary>
    public ScenarioReport? FinalReport { get; private set; }

    /// <summary>
    /// Makes the final report (kept in <see cref="FinalReport"/> and saved as report.json and report.txt in the
    /// workspace), then stops the scenario's lab; the workspace stays on disk until the scenario is started again.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (StoppedAt is null)
        {
            StoppedAt = Context.Time.GetUtcNow();
            try
            {
                FinalReport = await ReportAsync(cancellationToken).ConfigureAwait(false);
                await ReportFiles.SaveAsync(FinalReport, Workspace, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is LabApiException or HttpRequestException or IOException or TaskCanceledException)
            {
                Context.Logger.LogWarning(ex, "The final report of scenario {ScenarioId} could not be made", Scenario.Id);
            }
        }
        await _lab.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        StoppedAt ??= Context.Time.GetUtcNow();
        await _lab.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
        _lock.Dispose();
    }
}

/// <summary>Where a run stands, for <c>scenario status</c>.</summary>
public sealed record ScenarioStatus(string Id, string Title, string State, DateTimeOffset ReadyAt, TimeSpan Elapsed, int Minutes, int HintsUsed,
    int HintsLeft, int HintPoints, int Checks, ScenarioOutcome? LastOutcome, int? LastScore, ScenarioTicket Ticket);
