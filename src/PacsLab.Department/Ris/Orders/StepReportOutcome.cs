namespace PacsLab.Department.Ris.Orders;

/// <summary>What the order book made of a modality's procedure step report (started or completed).</summary>
/// <param name="Accepted">Whether the report changed (or already matched) the order's status.</param>
/// <param name="Message">What happened, in plain words; for a refused report, why and what to check.</param>
/// <param name="Order">The order as it is now; null when the accession number is unknown.</param>
public sealed record StepReportOutcome(bool Accepted, string Message, Order? Order);
