namespace PacsLab.Dicom.Query;

/// <summary>
/// A C-FIND identifier read as conditions (PS3.4 C.2.2.2): one per key, in tag order, shared by the SCP, the index
/// query translator and the REST search. Query/Retrieve Level (0008,0052) and Specific Character Set (0008,0005)
/// are kept aside; command and file meta groups are ignored. An entity matches when every condition does.
/// </summary>
public sealed class DicomQuery
{
    private readonly DicomDataset _identifier;

    private DicomQuery(DicomDataset identifier, IReadOnlyList<QueryCondition> conditions, IReadOnlyList<DicomTag> unsupportedKeys, DicomQueryOptions options)
    {
        _identifier = identifier;
        Conditions = conditions;
        UnsupportedKeys = unsupportedKeys;
        Options = options;
        var level = identifier.GetString(QueryTags.QueryRetrieveLevel);
        QueryRetrieveLevel = string.IsNullOrEmpty(level) ? null : level;
    }

    /// <summary>One condition per key, in tag order; return keys are <see cref="UniversalMatch"/>.</summary>
    public IReadOnlyList<QueryCondition> Conditions { get; }

    /// <summary>Query/Retrieve Level (0008,0052), e.g. STUDY; null when the identifier has none (as in a worklist query).</summary>
    public string? QueryRetrieveLevel { get; }

    /// <summary>The Specific Character Set of the identifier (the default repertoire when it has none).</summary>
    public DicomCharacterSet CharacterSet => _identifier.CharacterSet;

    /// <summary>Keys that cannot be matched (e.g. OB or UN values), treated as return keys; an SCP may answer 0xFF01.</summary>
    public IReadOnlyList<DicomTag> UnsupportedKeys { get; }

    public DicomQueryOptions Options { get; }

    /// <summary>Reads an identifier. Throws <see cref="DicomQueryException"/> for a key that cannot be matched as sent.</summary>
    public static DicomQuery Parse(DicomDataset identifier, DicomQueryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var effective = options ?? DicomQueryOptions.Default;
        var copy = identifier.Clone();
        var parser = new QueryConditionParser(effective);
        var conditions = parser.ParseKeys(copy, topLevel: true);
        return new DicomQuery(copy, conditions, parser.UnsupportedKeys, effective);
    }

    /// <summary>The condition on a top-level key, or null when the identifier does not hold that key.</summary>
    public QueryCondition? FindCondition(DicomTag tag) => Conditions.FirstOrDefault(c => c.Tag == tag);

    /// <summary>Whether the entity satisfies every condition.</summary>
    public bool Matches(DicomDataset candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Conditions.All(c => c.Matches(candidate));
    }

    /// <summary>
    /// The response identifier for a matching entity: each requested key with the candidate's value or zero length,
    /// the Query/Retrieve Level as requested, and the candidate's Specific Character Set when it has one.
    /// </summary>
    public DicomDataset BuildResponse(DicomDataset candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return QueryResponseBuilder.Build(_identifier, Conditions, candidate);
    }
}
