namespace PacsLab.Scenarios.Loading;

/// <summary>The study and series names a scenario has defined so far, each with the line that defines it.</summary>
internal sealed class DefinedNames
{
    private DefinedNames(Dictionary<string, int> studies, Dictionary<string, int> series)
    {
        Studies = studies;
        Series = series;
    }

    public DefinedNames() : this(new(StringComparer.Ordinal), new(StringComparer.Ordinal))
    {
    }

    public Dictionary<string, int> Studies { get; }
    public Dictionary<string, int> Series { get; }

    /// <summary>A copy for a branch that runs on its own (the solution, each wrong fix).</summary>
    public DefinedNames Copy() => new(new(Studies, StringComparer.Ordinal), new(Series, StringComparer.Ordinal));
}
