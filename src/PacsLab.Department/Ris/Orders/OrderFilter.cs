namespace PacsLab.Department.Ris.Orders;

/// <summary>Which orders to list; every criterion left null matches all.</summary>
public sealed record OrderFilter
{
    public static OrderFilter All { get; } = new();

    public OrderStatus? Status { get; init; }
    public string? Modality { get; init; }
    public string? ScheduledStationAeTitle { get; init; }
    public string? PatientId { get; init; }

    /// <summary>First scheduled day to include.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last scheduled day to include.</summary>
    public DateOnly? To { get; init; }

    public bool Matches(Order order)
    {
        var day = DateOnly.FromDateTime(order.ScheduledStart);
        return (Status is null || order.Status == Status)
               && (Modality is null || string.Equals(order.Modality, Modality, StringComparison.Ordinal))
               && (ScheduledStationAeTitle is null || string.Equals(order.ScheduledStationAeTitle, ScheduledStationAeTitle, StringComparison.Ordinal))
               && (PatientId is null || string.Equals(order.Patient.PatientId, PatientId, StringComparison.Ordinal))
               && (From is null || day >= From)
               && (To is null || day <= To);
    }
}
