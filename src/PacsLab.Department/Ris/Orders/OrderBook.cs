using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PacsLab.Dicom;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// The RIS's orders: place, list, get, discontinue, reschedule, and the status reports of the modalities
/// (<see cref="IProcedureStepReporter"/>). Changes are made one at a time and are on disk before they are visible
/// (or they did not happen); reads see a consistent snapshot without waiting. The book is loaded from
/// <see cref="FilePath"/> on first use.
/// </summary>
public sealed partial class OrderBook : IProcedureStepReporter
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly OrderBookFile _file;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private ImmutableDictionary<string, Order>? _orders;

    public OrderBook(RisOptions options, TimeProvider? time = null, ILogger<OrderBook>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _file = new OrderBookFile(options.ResolveDataDirectory());
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<OrderBook>.Instance;
    }

    /// <summary>The JSON file the book is kept in.</summary>
    public string FilePath => _file.Path;

    /// <summary>Reads the book from disk now rather than on first use, so a broken file is reported at start-up.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default) => await SnapshotAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The orders that pass the filter, by scheduled start, then accession number.</summary>
    public async Task<IReadOnlyList<Order>> ListAsync(OrderFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var orders = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var wanted = filter ?? OrderFilter.All;
        return orders.Values.Where(wanted.Matches)
            .OrderBy(o => o.ScheduledStart).ThenBy(o => o.AccessionNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>The order with this accession number, or null.</summary>
    public async Task<Order?> GetAsync(string accessionNumber, CancellationToken cancellationToken = default)
    {
        var orders = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        return orders.GetValueOrDefault(accessionNumber.Trim());
    }

    /// <summary>
    /// Places an order: checks it, makes its Study Instance UID (unless given) and saves it. Throws
    /// <see cref="OrderBookException"/> (<see cref="OrderProblem.Invalid"/> or <see cref="OrderProblem.DuplicateAccession"/>).
    /// </summary>
    public Task<Order> PlaceAsync(OrderPlacement placement, string placedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(placement);
        return MutateAsync(orders =>
        {
            var order = Prepare(placement, placedBy);
            if (orders.ContainsKey(order.AccessionNumber)) throw Duplicate(order.AccessionNumber, orders[order.AccessionNumber]);
            return (orders.Add(order.AccessionNumber, order), order);
        }, order => OrderBookLog.Placed(_logger, order.AccessionNumber, placedBy, order.Modality, order.ScheduledStationAeTitle, order.ScheduledStart, order.StudyInstanceUid),
        cancellationToken);
    }

    /// <summary>
    /// Places a batch of orders (e.g. a scenario's catalog) in one save. Accession numbers already in the book are left
    /// as they are and reported, so seeding at every start is harmless. If any placement is invalid, or an accession
    /// number repeats within the batch, nothing is placed and <see cref="OrderBookException"/> lists every problem.
    /// </summary>
    public Task<OrderSeedResult> SeedAsync(IEnumerable<OrderPlacement> placements, string seededBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(placements);
        var batch = placements.ToList();
        return MutateAsync(orders =>
        {
            var problems = new List<string>();
            var placed = new List<Order>();
            var present = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var repeated = false;
            foreach (var placement in batch)
            {
                var accession = placement.AccessionNumber?.Trim() ?? "";
                if (accession.Length > 0 && !seen.Add(accession))
                {
                    problems.Add($"Accession Number (0008,0050) '{accession}' appears more than once in the batch.");
                    repeated = true;
                    continue;
                }
                if (orders.ContainsKey(accession))
                {
                    present.Add(accession);
                    continue;
                }
                try
                {
                    placed.Add(Prepare(placement, seededBy));
                }
                catch (OrderBookException ex)
                {
                    problems.Add(ex.Message);
                }
            }
            if (problems.Count > 0)
                throw new OrderBookException(repeated ? OrderProblem.DuplicateAccession : OrderProblem.Invalid,
                    $"Seeding placed no orders, because {problems.Count} of the {batch.Count} are wrong: {string.Join(" ", problems)}");
            var result = new OrderSeedResult(placed, present);
            return (placed.Count == 0 ? orders : orders.AddRange(placed.Select(o => KeyValuePair.Create(o.AccessionNumber, o))), result);
        }, result => OrderBookLog.Seeded(_logger, seededBy, result.Placed.Count, result.AlreadyPresent.Count), cancellationToken);
    }

    private Order Prepare(OrderPlacement placement, string by)
    {
        var normalized = OrderPlacementRules.Normalize(placement);
        var problems = OrderPlacementRules.Check(normalized);
        var label = normalized.AccessionNumber.Length > 0 ? $"Order '{normalized.AccessionNumber}'" : "The order";
        if (problems.Count > 0) throw new OrderBookException(OrderProblem.Invalid, $"{label} cannot be placed: {string.Join(" ", problems.Select(Capitalise))}");
        var placed = new OrderStatusChange(_time.GetUtcNow(), OrderStatus.Scheduled, by, "placed");
        var order = OrderPlacementRules.ToOrder(normalized, normalized.StudyInstanceUid ?? DicomUidGenerator.Generate(), placed);
        var valueProblems = OrderPlacementRules.CheckValues(order).ToList();
        if (valueProblems.Count > 0)
            throw new OrderBookException(OrderProblem.Invalid, $"{label} cannot be placed: {string.Join(" ", valueProblems)}");
        return order;
    }

    private static OrderBookException Duplicate(string accessionNumber, Order existing) => new(OrderProblem.DuplicateAccession,
        $"Order '{accessionNumber}' cannot be placed: Accession Number (0008,0050) '{accessionNumber}' is already used by the order for " +
        $"{existing.Patient.PatientName} ({existing.Patient.PatientId}), {existing.Modality} on {existing.ScheduledStart:yyyy-MM-dd HH:mm}, " +
        $"which is {OrderTransitions.Describe(existing.Status)}. Accession numbers identify one order each; use a new one.");

    private static OrderBookException Unknown(string accessionNumber) => new(OrderProblem.UnknownAccession,
        $"No order has Accession Number (0008,0050) '{accessionNumber}'. Check the number against the order list.");

    private static string Capitalise(string sentence) => sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];

    private async ValueTask<ImmutableDictionary<string, Order>> SnapshotAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _orders) is { } loaded) return loaded;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs one change under the gate: it is saved before it becomes visible, and a failed save changes nothing.</summary>
    private async Task<T> MutateAsync<T>(Func<ImmutableDictionary<string, Order>, (ImmutableDictionary<string, Order> Next, T Result)> change,
        Action<T>? onSaved, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        T result;
        try
        {
            var current = await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            (var next, result) = change(current);
            if (!ReferenceEquals(next, current))
            {
                await _file.SaveAsync(next.Values, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _orders, next);
            }
        }
        finally
        {
            _gate.Release();
        }
        onSaved?.Invoke(result);
        return result;
    }

    private async Task<ImmutableDictionary<string, Order>> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_orders is { } loaded) return loaded;
        var orders = await _file.LoadAsync(cancellationToken).ConfigureAwait(false);
        var book = orders.ToImmutableDictionary(o => o.AccessionNumber, StringComparer.Ordinal);
        Volatile.Write(ref _orders, book);
        OrderBookLog.Loaded(_logger, _file.Path, book.Count);
        return book;
    }
}
