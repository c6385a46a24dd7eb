namespace PacsLab.Dicom.Query;

/// <summary>
/// A C-FIND identifier holds a key that cannot be matched as PS3.4 C.2.2.2 defines. The message names the key by
/// keyword and tag (with the enclosing sequences for an item key), the value sent, and what is wrong with it, e.g.
/// "C-FIND key StudyDate (0008,0020) = '2024-01-01' cannot be used: it holds more than one '-' ...".
/// An SCP answers such a request with a failure status (0xA900 or 0xCxxx) and this message as the Error Comment.
/// </summary>
public sealed class DicomQueryException : Exception
{
    public DicomQueryException(DicomTag tag, string? value, string problem) : this([tag], value, problem)
    {
    }

    private DicomQueryException(IReadOnlyList<DicomTag> path, string? value, string problem)
        : base(Describe(path, value, problem))
    {
        Path = path;
        Value = value;
        Problem = problem;
    }

    /// <summary>The key that is wrong.</summary>
    public DicomTag Tag => Path[^1];

    /// <summary>The PS3.6 keyword of <see cref="Tag"/>; empty for a private or unknown element.</summary>
    public string Keyword => QueryKeyNames.Keyword(Tag);

    /// <summary>The enclosing sequence keys, outermost first, then <see cref="Tag"/>.</summary>
    public IReadOnlyList<DicomTag> Path { get; }

    /// <summary>The value as sent, when the problem is with a value.</summary>
    public string? Value { get; }

    /// <summary>What is wrong, in words, without the key's name.</summary>
    public string Problem { get; }

    /// <summary>The same problem seen from the sequence key that holds the item with this key.</summary>
    internal DicomQueryException Within(DicomTag sequence) => new([sequence, .. Path], Value, Problem);

    private static string Describe(IReadOnlyList<DicomTag> path, string? value, string problem)
    {
        var key = string.Join(" > ", path.Select(QueryKeyNames.Describe));
        return value is null
            ? $"C-FIND key {key} cannot be used: {problem}"
            : $"C-FIND key {key} = '{value}' cannot be used: {problem}";
    }
}
