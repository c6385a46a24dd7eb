using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PacsLab.Department.Modalities;
using PacsLab.Department.Ris.Orders;

namespace PacsLab.Department.Hosting;

/// <summary>
/// Keeps the department working: every interval the next modality in turn queries its worklist over DICOM and
/// acquires the first step still scheduled for it, as a technologist would. When the RIS has nothing left for that
/// station, the RIS places a new order from the sample catalog first. A modality that cannot reach its worklist, or
/// finds nothing under its current AE title, just logs why: that is a symptom for the trainee to find.
/// The interval can be changed (or set to 0, off) while the lab runs.
/// </summary>
public sealed class AcquisitionTrickle(DepartmentDevices devices, OrderBook orders, CatalogOrders catalog, TrickleOptions options,
    ILogger<AcquisitionTrickle> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);
    private int _next;

    private int _interval = options.IntervalSeconds;

    /// <summary>Seconds between acquisitions; 0 when the trickle is off.</summary>
    public int IntervalSeconds => Volatile.Read(ref _interval);

    /// <summary>Sets the interval (0: off); takes effect at once.</summary>
    public void SetInterval(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        Volatile.Write(ref _interval, seconds);
        _changed.Release();
    }

    /// <summary>One acquisition by the next modality in turn; returns what happened, in words.</summary>
    public async Task<string> AcquireNextAsync(CancellationToken cancellationToken)
    {
        if (devices.Modalities.Count == 0) return "the department has no modality";
        var device = devices.Modalities[Interlocked.Increment(ref _next) % devices.Modalities.Count];
        return await AcquireAsync(device, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var seconds = Volatile.Read(ref _interval);
            var wait = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
            bool changed;
            try
            {
                changed = await _changed.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            if (changed) continue;
            try
            {
                await AcquireNextAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // One failed turn (a full disk, a garbled worklist answer, a time-out) must not stop the lab: log it, go on.
                DepartmentHostLog.TrickleTurnFailed(logger, ex);
            }
        }
    }

    private async Task<string> AcquireAsync(ModalityDevice device, CancellationToken cancellationToken)
    {
        var worklist = await device.QueryWorklistAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!worklist.Success) return Failed(device, worklist.Summary);
        var item = Pick(worklist.Items);
        if (item is null)
        {
            // Orders are placed for the station the RIS knows (the configured AE title), not whatever the device now calls
            // itself; and only when none is waiting, so a device that cannot see its worklist does not pile up orders.
            var station = device.Options.EffectiveAeTitle;
            var today = DateOnly.FromDateTime(DateTime.Now);
            var waiting = await orders.ListAsync(
                new OrderFilter { ScheduledStationAeTitle = station, Modality = device.Modality, Status = OrderStatus.Scheduled, From = today, To = today }, cancellationToken).ConfigureAwait(false);
            if (waiting.Count > 0)
                return Failed(device, $"its worklist query as {device.ServiceMenu.Current.AeTitle} found no step, although {waiting.Count} order(s) " +
                                      $"wait for station {station} (first: {waiting[0].AccessionNumber})");
            var placement = catalog.NewOrder(device.Modality, station);
            if (placement is null) return Failed(device, $"the sample catalog has no study template for {device.Modality}");
            var order = await orders.PlaceAsync(placement, "acquisition trickle", cancellationToken).ConfigureAwait(false);
            DepartmentHostLog.TrickleOrdered(logger, device.Name, order.AccessionNumber);
            worklist = await device.QueryWorklistAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!worklist.Success) return Failed(device, worklist.Summary);
            item = Pick(worklist.Items);
            if (item is null)
                return Failed(device, $"its worklist query as {device.ServiceMenu.Current.AeTitle} found no step, not even the new order {order.AccessionNumber} " +
                                      $"scheduled for {station}");
        }
        DepartmentHostLog.TrickleAcquires(logger, device.Name, item.AccessionNumber, item.RequestedProcedureDescription ?? "");
        try
        {
            var result = await device.AcquireAsync(item, cancellationToken).ConfigureAwait(false);
            return $"{device.Name} acquired {result.InstanceCount} images for {item.AccessionNumber} and queued send job {result.Job.Id}";
        }
        catch (Exception ex) when (ex is DeviceInputException or ArgumentException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return Failed(device, ex.Message);
        }
    }

    private static WorklistItem? Pick(IReadOnlyList<WorklistItem> items) =>
        items.Where(i => !string.Equals(i.ScheduledProcedureStepStatus, "STARTED", StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.ScheduledStart ?? DateTime.MaxValue).FirstOrDefault();

    private string Failed(ModalityDevice device, string reason)
    {
        DepartmentHostLog.TrickleFailed(logger, device.Name, reason);
        return $"{device.Name}: {reason}";
    }
}
