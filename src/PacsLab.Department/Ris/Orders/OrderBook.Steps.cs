using PacsLab.Dicom;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// The modalities' procedure step reports. A report the book cannot take (unknown accession number, a transition the
/// order's status does not allow, a broken UID) is logged and returned as a refused <see cref="StepReportOutcome"/>;
/// it is never thrown at the modality, which could do nothing about it.
/// </summary>
public sealed partial class OrderBook
{
    /// <summary>The modality started the order's step: Scheduled becomes InProgress; a repeated start is accepted as it is.</summary>
    public Task<StepReportOutcome> ReportStepStartedAsync(string accessionNumber, string stationAeTitle, CancellationToken cancellationToken = default)
    {
        var accession = accessionNumber?.Trim() ?? "";
        var station = string.IsNullOrWhiteSpace(stationAeTitle) ? "(no AE title)" : stationAeTitle.Trim();
        return ReportAsync(accession, station, order =>
        {
            if (order.Status == OrderStatus.InProgress)
                return (order, $"Order '{accession}' is already in progress; the repeated start from {station} changes nothing.");
            if (OrderTransitions.Refusal(order, OrderStatus.InProgress) is { } refusal)
                throw new RefusedReport($"Order '{accession}' cannot be started by {station}: {refusal}");
            var note = station == order.ScheduledStationAeTitle ? "started" : $"started at {station}, though it was scheduled on {order.ScheduledStationAeTitle}";
            var started = order with
            {
                Status = OrderStatus.InProgress,
                History = [.. order.History, new OrderStatusChange(_time.GetUtcNow(), OrderStatus.InProgress, station, note)],
            };
            return (started, $"Order '{accession}' is in progress at {station}.");
        }, cancellationToken);
    }

    /// <summary>
    /// The modality completed the order's step with <paramref name="instanceCount"/> images: Scheduled or InProgress becomes
    /// Completed. A Study Instance UID other than the ordered one is recorded and logged (the study will not match its order).
    /// </summary>
    public Task<StepReportOutcome> ReportStepCompletedAsync(string accessionNumber, string studyInstanceUid, int instanceCount, CancellationToken cancellationToken = default)
    {
        var accession = accessionNumber?.Trim() ?? "";
        var uid = studyInstanceUid?.Trim() ?? "";
        return ReportAsync(accession, "the modality", order =>
        {
            var by = order.Status == OrderStatus.InProgress && order.History.Count > 0 ? order.History[^1].By : "the modality";
            if (OrderTransitions.Refusal(order, OrderStatus.Completed) is { } refusal)
                throw new RefusedReport($"Order '{accession}' cannot be completed: {refusal}");
            if (!DicomUid.IsValid(uid))
                throw new RefusedReport($"Order '{accession}' cannot be completed: the reported Study Instance UID '{uid}' is not a valid UID (PS3.5 9.1). Check the modality's study UID settings.");
            if (instanceCount < 0)
                throw new RefusedReport($"Order '{accession}' cannot be completed: the reported image count {instanceCount} is negative.");
            var note = $"completed with {instanceCount} images";
            if (uid != order.StudyInstanceUid)
            {
                note += $"; Study Instance UID {uid} differs from the ordered {order.StudyInstanceUid}";
                OrderBookLog.StudyUidMismatch(_logger, accession, uid, order.StudyInstanceUid);
            }
            var completed = order with
            {
                Status = OrderStatus.Completed,
                PerformedStudyInstanceUid = uid,
                ImageCount = instanceCount,
                History = [.. order.History, new OrderStatusChange(_time.GetUtcNow(), OrderStatus.Completed, by, note)],
            };
            return (completed, $"Order '{accession}' is completed: {note}.");
        }, cancellationToken);
    }

    async Task IProcedureStepReporter.StepStartedAsync(string accessionNumber, string stationAeTitle, CancellationToken cancellationToken)
    {
        try
        {
            await ReportStepStartedAsync(accessionNumber, stationAeTitle, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            OrderBookLog.ReportNotSaved(_logger, accessionNumber, "started", ex);
        }
    }

    async Task IProcedureStepReporter.StepCompletedAsync(string accessionNumber, string studyInstanceUid, int instanceCount, CancellationToken cancellationToken)
    {
        try
        {
            await ReportStepCompletedAsync(accessionNumber, studyInstanceUid, instanceCount, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            OrderBookLog.ReportNotSaved(_logger, accessionNumber, "completed", ex);
        }
    }

    private sealed class RefusedReport(string message) : Exception(message);

    private async Task<StepReportOutcome> ReportAsync(string accession, string station, Func<Order, (Order Next, string Message)> apply,
        CancellationToken cancellationToken)
    {
        var outcome = await MutateAsync(orders =>
        {
            if (!orders.TryGetValue(accession, out var order))
            {
                return (orders, new StepReportOutcome(false,
                    $"No order has Accession Number (0008,0050) '{accession}', so the report was ignored. The modality may have been given the number by hand "
                    + "(a typing error) or the order was never placed; check the order list and the modality's worklist settings.", null));
            }
            try
            {
                var (next, message) = apply(order);
                return (ReferenceEquals(next, order) ? orders : orders.SetItem(accession, next), new StepReportOutcome(true, message, next));
            }
            catch (RefusedReport refused)
            {
                return (orders, new StepReportOutcome(false, refused.Message, order));
            }
        }, null, cancellationToken).ConfigureAwait(false);
        if (!outcome.Accepted) OrderBookLog.ReportRefused(_logger, accession, station, outcome.Message);
        else if (outcome.Order is { } order) OrderBookLog.StatusChanged(_logger, accession, OrderTransitions.Describe(order.Status), order.History[^1].By, outcome.Message);
        return outcome;
    }
}
