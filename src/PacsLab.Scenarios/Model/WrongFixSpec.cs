namespace PacsLab.Scenarios.Model;

/// <summary>A fix a trainee might try that is unsafe; the self-test runs its steps and expects every listed guard to trip.</summary>
public sealed record WrongFixSpec(string Name, IReadOnlyList<StepSpec> Steps, IReadOnlyList<string> Trips, int Line = 0);
