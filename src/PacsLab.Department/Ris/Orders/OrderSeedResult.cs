namespace PacsLab.Department.Ris.Orders;

/// <summary>What seeding did: the orders it placed, and the accession numbers it left alone because the book already had them.</summary>
public sealed record OrderSeedResult(IReadOnlyList<Order> Placed, IReadOnlyList<string> AlreadyPresent);
