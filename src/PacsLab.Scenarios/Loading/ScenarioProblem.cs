namespace PacsLab.Scenarios.Loading;

/// <summary>One thing wrong with a scenario file: where (file, line, field path) and what, in words an instructor can act on.</summary>
public sealed record ScenarioProblem(string Source, int Line, string Path, string Message)
{
    public override string ToString() => $"{Source}:{Line}: {(Path.Length > 0 ? Path + ": " : "")}{Message}";
}
