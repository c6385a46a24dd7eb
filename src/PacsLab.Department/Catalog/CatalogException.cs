namespace PacsLab.Department.Catalog;

/// <summary>The sample catalog could not be loaded: the message names the file, the line and the field, and what is wrong.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(string source, int line, string field, string problem, Exception? inner = null)
        : base($"{source}, line {line}, {field}: {problem}", inner)
    {
        Source = source;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>The file (or embedded resource) that was read.</summary>
    public new string Source { get; }

    /// <summary>1-based line of the offending value.</summary>
    public int Line { get; }

    /// <summary>Where in the catalog, e.g. <c>orders[3].patient</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}
