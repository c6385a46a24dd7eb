using PacsLab.Department.Ris.Orders;

namespace PacsLab.Api.Department;

/// <summary>The RIS: its orders (the modality worklist is made from them), placing and discontinuing one.</summary>
public static class RisEndpoints
{
    public sealed record DiscontinueRequest(string? Reason = null);

    /// <summary>Where and when the step is to happen now; a field left out stays as it is.</summary>
    public sealed record RescheduleRequest(string? StationAeTitle = null, DateTime? ScheduledStart = null, string? StationName = null);

    /// <summary>The RIS at a glance: who and where it is, and how many orders are in each state.</summary>
    public sealed record RisStatus(string AeTitle, string Endpoint, string OrderBook, IReadOnlyDictionary<OrderStatus, int> Orders);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async (PacsLab.Department.Hosting.RisService ris, OrderBook orders, CancellationToken ct) =>
        {
            var all = await orders.ListAsync(OrderFilter.All, ct);
            return new RisStatus(ris.AeTitle, ris.LocalEndPoint.ToString(), orders.FilePath,
                Enum.GetValues<OrderStatus>().ToDictionary(s => s, s => all.Count(o => o.Status == s)));
        }).WithName("GetRis");
        group.MapGet("/orders", async (OrderStatus? status, string? modality, string? station, string? patientId, OrderBook orders, CancellationToken ct) =>
            await orders.ListAsync(new OrderFilter { Status = status, Modality = modality, ScheduledStationAeTitle = station, PatientId = patientId }, ct))
            .WithName("ListOrders");
        group.MapGet("/orders/{accessionNumber}", async (string accessionNumber, OrderBook orders, CancellationToken ct) =>
            await orders.GetAsync(accessionNumber, ct) is { } order ? Results.Ok(order)
                : Results.Problem(title: "No such order", detail: $"The RIS has no order with accession number {accessionNumber}.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetOrder");
        group.MapPost("/orders", async (OrderPlacement placement, OrderBook orders, CancellationToken ct) =>
        {
            var order = await orders.PlaceAsync(placement, "api", ct);
            return Results.Created($"/api/ris/orders/{Uri.EscapeDataString(order.AccessionNumber)}", order);
        }).WithName("PlaceOrder");
        group.MapPost("/orders/{accessionNumber}/discontinue", async (string accessionNumber, DiscontinueRequest? request, OrderBook orders, CancellationToken ct) =>
            await orders.DiscontinueAsync(accessionNumber, "api", request?.Reason, ct)).WithName("DiscontinueOrder");
        group.MapPost("/orders/{accessionNumber}/reschedule", RescheduleAsync).WithName("RescheduleOrder");
    }

    private static async Task<IResult> RescheduleAsync(string accessionNumber, RescheduleRequest request, OrderBook orders, HttpContext http, CancellationToken ct)
    {
        if (request.StationAeTitle is null && request.ScheduledStart is null && request.StationName is null)
            return Results.Problem(title: "The request is not valid", statusCode: StatusCodes.Status400BadRequest,
                detail: "Give at least one of stationAeTitle, scheduledStart or stationName: the order would not change otherwise.");
        var current = await orders.GetAsync(accessionNumber, ct);
        if (current is null)
            return Results.Problem(title: "No such order", detail: $"The RIS has no order with accession number {accessionNumber}.", statusCode: StatusCodes.Status404NotFound);
        return Results.Ok(await orders.RescheduleAsync(accessionNumber, request.ScheduledStart ?? current.ScheduledStart, AeTableEndpoints.Actor(http),
            request.StationAeTitle, request.StationName, ct));
    }
}
