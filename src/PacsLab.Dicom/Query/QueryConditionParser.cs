namespace PacsLab.Dicom.Query;

/// <summary>
/// Turns the keys of an identifier (or of a sequence key's item) into conditions (PS3.4 C.2.2.2). Keys it cannot
/// match, such as a non-empty OB or UN value, become Universal Matching and are listed in
/// <see cref="UnsupportedKeys"/> so that an SCP can report status 0xFF01 (PS3.4 C.4.1.1.4).
/// </summary>
internal sealed class QueryConditionParser(DicomQueryOptions options)
{
    private readonly List<DicomTag> _unsupported = [];

    public IReadOnlyList<DicomTag> UnsupportedKeys => _unsupported;

    public List<QueryCondition> ParseKeys(DicomDataset keys, bool topLevel)
    {
        var conditions = new List<QueryCondition>();
        foreach (var key in keys)
        {
            if (QueryTags.IsNeverAKey(key.Tag) || (topLevel && key.Tag == QueryTags.QueryRetrieveLevel)) continue;
            conditions.Add(ParseKey(keys, key));
        }
        return conditions;
    }

    private QueryCondition ParseKey(DicomDataset keys, DicomItem key) => key switch
    {
        DicomSequence sequence => ParseSequence(sequence),
        DicomElement { IsEmpty: true } element => new UniversalMatch(element.Tag, element.VR),
        DicomElement { VR.Kind: DicomVRKind.Text or DicomVRKind.Binary } element => ParseValues(element.Tag, element.VR, keys.GetStrings(element.Tag)),
        _ => Unsupported(key),
    };

    // PS3.4 C.2.2.2.6: one item holding the item keys; zero items asks for the sequence like Universal Matching.
    private QueryCondition ParseSequence(DicomSequence sequence)
    {
        if (sequence.Items.Count == 0) return new UniversalMatch(sequence.Tag, DicomVR.SQ);
        if (sequence.Items.Count > 1)
            throw new DicomQueryException(sequence.Tag, null,
                $"a sequence key must hold exactly one item with the item keys in it (PS3.4 C.2.2.2.6), and this one holds {sequence.Items.Count} items.");
        List<QueryCondition> itemConditions;
        try
        {
            itemConditions = ParseKeys(sequence.Items[0], topLevel: false);
        }
        catch (DicomQueryException ex)
        {
            throw ex.Within(sequence.Tag);
        }
        return itemConditions.All(c => c is UniversalMatch)
            ? new UniversalMatch(sequence.Tag, DicomVR.SQ)
            : new SequenceMatch(sequence.Tag, itemConditions);
    }

    private QueryCondition ParseValues(DicomTag tag, DicomVR vr, IReadOnlyList<string> rawValues)
    {
        var values = rawValues.Where(v => v.Length > 0).ToList();
        if (values.Count == 0) return new UniversalMatch(tag, vr);
        if (vr == DicomVR.UI && values.Count > 1) return new UidListMatch(tag, values);
        if (QueryMatchingRules.AllowsWildcards(vr) && values.Any(QueryMatchingRules.IsOnlyStars)) return new UniversalMatch(tag, vr);
        var alternatives = values.Select(v => ParseValue(tag, vr, v)).ToList();
        return alternatives.Count == 1 ? alternatives[0] : new MultipleValueMatch(tag, vr, alternatives);
    }

    private QueryCondition ParseValue(DicomTag tag, DicomVR vr, string value)
    {
        if (value == EmptyValueMatch.KeyValue) return new EmptyValueMatch(tag, vr);
        if (QueryMatchingRules.AllowsRange(vr)) return TemporalKeyParser.Parse(tag, vr, value);
        var ignoreCase = vr == DicomVR.PN && !options.CaseSensitivePersonNames;
        if (QueryMatchingRules.AllowsWildcards(vr) && QueryMatchingRules.HasWildcard(value)) return new WildcardMatch(tag, vr, value, ignoreCase);
        return new SingleValueMatch(tag, vr, value, ignoreCase);
    }

    private UniversalMatch Unsupported(DicomItem key)
    {
        _unsupported.Add(key.Tag);
        return new UniversalMatch(key.Tag, key.VR);
    }
}
