using System.Globalization;
using Microsoft.Extensions.Logging;
using PacsLab.Api.Scenarios;
using PacsLab.Department.Catalog;
using PacsLab.Department.Hosting;
using PacsLab.Hosting;
using PacsLab.Pacs.Hosting;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios;

/// <summary>
/// Starts a scenario's lab in this process: the whole lab (PACS, RIS, devices, REST API) on the workspace's data
/// directory and ports, with no acquisition trickle (the scenario's traffic is all that happens), and the
/// /api/scenario endpoints reading the session from the launch request's slot.
/// </summary>
public sealed class ScenarioLabLauncher : ILabLauncher
{
    public async Task<ILabInstance> StartAsync(LabLaunchRequest request, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Http:Port"] = request.HttpPort.ToString(CultureInfo.InvariantCulture),
            ["Http:Address"] = "127.0.0.1",
        };
        var lab = new LabSettings(request.Department, request.DataDirectory, new TrickleOptions { IntervalSeconds = 0 }, SampleCatalogLoader.LoadEmbedded());
        var app = LabWebApplication.Create(lab, settings, request.DataDirectory, builder =>
        {
            builder.Services.AddSingleton(request.Session);
            // The terminal belongs to the ticket and the trainee; the lab's story is in the PACS's logs and the REST API.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        app.MapScenarioSessionApi();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.Services.GetRequiredService<PacsDicomService>().Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new RunningScenarioLab(app);
    }

    private sealed class RunningScenarioLab(WebApplication app) : ILabInstance
    {
        private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _disposed;

        public Uri ApiAddress { get; } = app.BoundAddress();

        public Task Stopped => _stopped.Task;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            _stopped.TrySetResult();
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            try
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                var database = PacsLab.Pacs.Index.PacsDatabase.SqliteConnectionString(app.Services.GetRequiredService<PacsLab.Pacs.PacsOptions>());
                await app.DisposeAsync().ConfigureAwait(false);
                // The workspace goes when the scenario is started again: release this lab's pooled connections to its index.
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(database));
                _stopped.TrySetResult();
            }
        }
    }
}
