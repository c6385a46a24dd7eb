using PacsLab.Department.Ris.Orders;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>Scheduled Procedure Step Status (0040,0020) for an order's status (PS3.3 C.4.10 defined terms).</summary>
public static class ScheduledStepStatus
{
    public static string Of(OrderStatus status) => status switch
    {
        OrderStatus.Scheduled => "SCHEDULED",
        OrderStatus.InProgress => "STARTED",
        OrderStatus.Completed => "COMPLETED",
        _ => "DISCONTINUED",
    };

    /// <summary>Listed when a query does not ask for a status: steps still to do, and started ones so a modality can resume.</summary>
    public static bool IsListedByDefault(OrderStatus status) => status is OrderStatus.Scheduled or OrderStatus.InProgress;
}
