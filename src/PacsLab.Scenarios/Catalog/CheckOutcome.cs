namespace PacsLab.Scenarios.Catalog;

/// <summary>The result of an objective (passed) or a guard (tripped), with what was found in words, e.g. "study is under P1002 (DOE^JOHN)".</summary>
public sealed record CheckOutcome(bool Passed, string Observed)
{
    public static CheckOutcome Yes(string observed) => new(true, observed);
    public static CheckOutcome No(string observed) => new(false, observed);
}
