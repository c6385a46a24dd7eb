namespace PacsLab.Department.Ris.Orders;

/// <summary>The order book refused a request; the message says what, in DICOM terms and plain words, and what to check.</summary>
public sealed class OrderBookException(OrderProblem problem, string message) : Exception(message)
{
    public OrderProblem Problem { get; } = problem;
}
