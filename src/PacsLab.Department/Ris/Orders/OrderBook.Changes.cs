using PacsLab.Dicom.Network.Pdu;

namespace PacsLab.Department.Ris.Orders;

public sealed partial class OrderBook
{
    /// <summary>
    /// Discontinues a scheduled or in-progress order: it leaves the worklist. Throws <see cref="OrderBookException"/>
    /// for an unknown accession number or an order that is already completed or discontinued.
    /// </summary>
    public Task<Order> DiscontinueAsync(string accessionNumber, string by, string? reason = null, CancellationToken cancellationToken = default)
    {
        var note = string.IsNullOrWhiteSpace(reason) ? "discontinued" : $"discontinued: {reason.Trim()}";
        return ChangeAsync(accessionNumber, OrderStatus.Discontinued, by, note, "discontinued", order => order, cancellationToken);
    }

    /// <summary>
    /// Moves a scheduled (or discontinued) order to a new start, and optionally to another station; it is scheduled
    /// (and listed) again. Throws <see cref="OrderBookException"/> for an unknown accession number, an order that has
    /// started or completed, or an illegal AE title.
    /// </summary>
    public Task<Order> RescheduleAsync(string accessionNumber, DateTime newStart, string by, string? stationAeTitle = null, string? stationName = null,
        CancellationToken cancellationToken = default)
    {
        var station = stationAeTitle?.Trim();
        if (station is not null && AeTitle.FindProblem(station) is { } problem)
            throw new OrderBookException(OrderProblem.Invalid,
                $"Order '{accessionNumber}' cannot be rescheduled: Scheduled Station AE Title (0040,0001) '{station}' {problem}; an AE title has 1 to 16 characters of the default repertoire and no backslash.");
        return ChangeAsync(accessionNumber, OrderStatus.Scheduled, by, null, "rescheduled", order =>
        {
            var moved = order with
            {
                ScheduledStart = newStart,
                ScheduledStationAeTitle = station ?? order.ScheduledStationAeTitle,
                ScheduledStationName = stationName?.Trim() ?? order.ScheduledStationName,
            };
            var valueProblems = OrderPlacementRules.CheckValues(moved).ToList();
            if (valueProblems.Count > 0)
                throw new OrderBookException(OrderProblem.Invalid, $"Order '{order.AccessionNumber}' cannot be rescheduled: {string.Join(" ", valueProblems)}");
            return moved;
        }, cancellationToken, order => $"rescheduled to {order.ScheduledStart:yyyy-MM-dd HH:mm} at {order.ScheduledStationAeTitle}");
    }

    /// <summary>One department change: look the order up, check the transition, apply, record history, save.</summary>
    private Task<Order> ChangeAsync(string accessionNumber, OrderStatus to, string by, string? note, string verb, Func<Order, Order> apply,
        CancellationToken cancellationToken, Func<Order, string>? describe = null)
    {
        var accession = accessionNumber.Trim();
        return MutateAsync(orders =>
        {
            if (!orders.TryGetValue(accession, out var order)) throw Unknown(accession);
            if (OrderTransitions.Refusal(order, to) is { } refusal)
                throw new OrderBookException(OrderProblem.TransitionNotAllowed, $"Order '{accession}' cannot be {verb}: {refusal}");
            var changed = apply(order);
            var entry = new OrderStatusChange(_time.GetUtcNow(), to, by, note ?? describe?.Invoke(changed));
            changed = changed with { Status = to, History = [.. order.History, entry] };
            return (orders.SetItem(accession, changed), changed);
        }, changed => OrderBookLog.StatusChanged(_logger, changed.AccessionNumber, verb, by, changed.History[^1].Note), cancellationToken);
    }
}
