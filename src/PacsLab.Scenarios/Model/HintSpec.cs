namespace PacsLab.Scenarios.Model;

/// <summary>A hint, given in order on request; each costs points.</summary>
public sealed record HintSpec(string Text, int Cost, int Line = 0);
