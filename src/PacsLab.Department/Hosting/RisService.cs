using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Ris;
using PacsLab.Department.Ris.Orders;
using PacsLab.Department.Ris.Worklist;

namespace PacsLab.Department.Hosting;

/// <summary>
/// The RIS in the lab's host: loads the order book, places the day's catalog orders that are not in it yet, and
/// serves the modality worklist until the host stops. A port that cannot be bound stops the host's start.
/// </summary>
public sealed class RisService(RisOptions options, OrderBook orders, CatalogOrders catalog, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly WorklistServer _server = new(options, orders, loggers);
    private readonly ILogger _logger = loggers.CreateLogger("PacsLab.Department.Ris");

    public IPEndPoint LocalEndPoint => _server.LocalEndPoint;
    public string AeTitle => _server.AeTitle;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        var seeded = await orders.SeedAsync(catalog.ForToday(), "catalog", cancellationToken).ConfigureAwait(false);
        DepartmentHostLog.OrdersSeeded(_logger, seeded.Placed.Count, seeded.AlreadyPresent.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _server.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
