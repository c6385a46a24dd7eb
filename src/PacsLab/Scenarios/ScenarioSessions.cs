using Microsoft.Extensions.Logging;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Model;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios;

/// <summary>
/// Scenarios started through the free-play lab's REST API (POST /api/scenarios/{id}/start): each runs in a workspace
/// and lab of its own, in this process; starting one again resets it. Stopped with the lab, or through its own API.
/// </summary>
public sealed class ScenarioSessions(ScenarioRunner runner, string workspaceRoot) : IAsyncDisposable
{
    private readonly Dictionary<string, ScenarioSession> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public string WorkspaceRoot { get; } = workspaceRoot;

    public async Task<ScenarioSession> StartAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_running.Remove(scenario.Id, out var earlier)) await earlier.DisposeAsync().ConfigureAwait(false);
            // Scenarios stopped through their own API are done: let their labs and clients go.
            foreach (var (id, stopped) in _running.Where(r => r.Value.Lab.Stopped.IsCompleted).ToList())
            {
                _running.Remove(id);
                await stopped.DisposeAsync().ConfigureAwait(false);
            }
            var session = await runner.StartAsync(scenario, WorkspaceRoot, cancellationToken).ConfigureAwait(false);
            _running[scenario.Id] = session;
            return session;
        }
        finally
        {
            _lock.Release();
        }
    }

    public ScenarioSelfTest SelfTest() => new(runner, ScenarioCatalog.Default);

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _running.Values) await session.DisposeAsync().ConfigureAwait(false);
        _running.Clear();
        _lock.Dispose();
    }

    public static ScenarioSessions Create(IServiceProvider services, string dataDirectory) =>
        new(new ScenarioRunner(new ScenarioLabLauncher(), ScenarioCatalog.Default, services.GetRequiredService<ILoggerFactory>()),
            Path.GetFullPath(Path.Combine(dataDirectory, "scenarios")));
}
