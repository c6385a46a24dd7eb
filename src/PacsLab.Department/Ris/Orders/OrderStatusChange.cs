namespace PacsLab.Department.Ris.Orders;

/// <summary>One entry of an order's status history.</summary>
/// <param name="At">When the change was recorded.</param>
/// <param name="Status">The status the order took.</param>
/// <param name="By">Who or which station made the change: a user name, "seed", or the modality's AE title.</param>
/// <param name="Note">Why, in words, when there is more to say (a discontinue reason, a new schedule, an image count).</param>
public sealed record OrderStatusChange(DateTimeOffset At, OrderStatus Status, string By, string? Note = null);
