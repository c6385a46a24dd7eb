using PacsLab.Department.Ris.Orders;

namespace PacsLab.Api.Department;

/// <summary>The RIS: its orders (the modality worklist is made from them), placing and discontinuing one.</summary>
public static class RisEndpoints
{
    public sealed record DiscontinueRequest(string? Reason = null);

    public static void Map(RouteGroupBuilder group)
    {
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
    }
}
