namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// Which status changes an order may make, modelled on the Modality Performed Procedure Step states (PS3.4 F.7.1):
/// SCHEDULED to IN PROGRESS to COMPLETED, and COMPLETED and DISCONTINUED are final for the modality. The department
/// may reschedule a step that has not started or was discontinued.
/// </summary>
internal static class OrderTransitions
{
    /// <summary>Why <paramref name="order"/> cannot take <paramref name="to"/>, in plain words; null when it can.</summary>
    public static string? Refusal(Order order, OrderStatus to) => (order.Status, to) switch
    {
        (OrderStatus.Scheduled, OrderStatus.InProgress) => null,
        (OrderStatus.Scheduled or OrderStatus.InProgress, OrderStatus.Completed or OrderStatus.Discontinued) => null,
        (OrderStatus.Scheduled or OrderStatus.Discontinued, OrderStatus.Scheduled) => null,
        (OrderStatus.Completed, OrderStatus.InProgress) =>
            "it is already completed, and a completed procedure step cannot go back to in progress (COMPLETED is final, as in MPPS). " +
            "If the exam has to be repeated, place a new order with a new accession number.",
        (OrderStatus.Completed, _) =>
            "it is already completed (COMPLETED is final, as in MPPS). If the exam has to be repeated, place a new order with a new accession number.",
        (OrderStatus.Discontinued, _) =>
            "it was discontinued (DISCONTINUED is final for the modality). Reschedule the order first if the exam is to go ahead.",
        (OrderStatus.InProgress, OrderStatus.Scheduled) =>
            $"it is in progress at {LastBy(order)}; a step that has started cannot be rescheduled. Complete or discontinue it instead.",
        _ => $"it is {Describe(order.Status)}, and it cannot become {Describe(to)}.",
    };

    public static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.Scheduled => "scheduled",
        OrderStatus.InProgress => "in progress",
        OrderStatus.Completed => "completed",
        _ => "discontinued",
    };

    private static string LastBy(Order order) => order.History.Count > 0 ? order.History[^1].By : "a modality";
}
