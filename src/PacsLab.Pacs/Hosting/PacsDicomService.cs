using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PacsLab.Dicom.Network.Association;
using PacsLab.Dicom.Network.Dimse;
using PacsLab.Dicom.Network.Transport;
using PacsLab.Pacs.Index;
using PacsLab.Pacs.Network;
using PacsLab.Pacs.Storage;

namespace PacsLab.Pacs.Hosting;

/// <summary>
/// The PACS's DICOM side as a hosted service: brings the index up to date, clears stores that never committed,
/// listens, and writes every association attempt to the association log. Stopping drains live associations.
/// </summary>
public sealed class PacsDicomService(
    IDbContextFactory<PacsIndexContext> contexts,
    IOptions<PacsOptions> options,
    AeDirectory directory,
    InstanceArchive archive,
    PlacementJournal journal,
    PacsDicomHandlers handlers,
    AssociationLogWriter associationLog,
    TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    private readonly TaskCompletionSource<IPEndPoint> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ILogger _logger = loggers.CreateLogger<PacsDicomService>();

    /// <summary>Completes with the listening endpoint once associations are accepted (faults if start-up failed).</summary>
    public Task<IPEndPoint> Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DicomServer server;
        try
        {
            var settings = options.Value;
            try
            {
                AeTitleRules.Check(settings.AeTitle);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"Pacs:AeTitle is not usable: {ex.Message}", ex);
            }
            await PacsIndexInitializer.InitializeAsync(contexts, settings, time, stoppingToken).ConfigureAwait(false);
            await directory.LoadAsync(stoppingToken).ConfigureAwait(false);
            var unplaced = await journal.RecoverAsync(contexts, stoppingToken).ConfigureAwait(false);
            if (unplaced > 0) PacsHostLog.PlacementsUndone(_logger, unplaced);
            var cleared = archive.ClearIncoming();
            if (cleared > 0) PacsHostLog.IncomingCleared(_logger, cleared);
            server = new DicomServer(
                new DicomServerOptions
                {
                    Address = IPAddress.Parse(settings.ListenAddress),
                    Port = settings.DicomPort,
                    MaxAssociations = settings.MaxAssociations,
                    Association = new AssociationOptions { SpoolDirectory = archive.Incoming, SpoolThreshold = 0 },
                },
                new PacsAssociationPolicy(directory, settings.AeTitle),
                handlers.Build(settings.AeTitle),
                loggers.CreateLogger<DicomServer>());
            server.Start();
        }
        catch (Exception ex)
        {
            _ready.TrySetException(ex);
            throw;
        }
        await using (server.ConfigureAwait(false))
        {
            _ready.TrySetResult(server.LocalEndPoint);
            PacsHostLog.Listening(_logger, options.Value.AeTitle, server.LocalEndPoint.ToString(), archive.Root);
            using var stopping = stoppingToken.Register(() => _ = server.StopAsync());
            await foreach (var record in server.Records.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    await associationLog.WriteAsync(record, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or IOException)
                {
                    PacsHostLog.AssociationLogFailed(_logger, ex);
                }
            }
        }
    }
}
