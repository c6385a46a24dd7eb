namespace PacsLab.Dicom.Query;

/// <summary>
/// Builds a C-FIND response identifier (PS3.4 C.4.1.1.3.2): every key of the request with the candidate's value,
/// zero length where the candidate has none, the Query/Retrieve Level as requested, and the candidate's own
/// Specific Character Set so its text is read as it was encoded (PS3.4 C.2.2.2). Sequence keys return the
/// candidate's matching items holding only the requested item keys, or whole items when the request item is empty
/// (PS3.4 C.2.2.2.6). Value bytes are shared with the candidate, never re-encoded.
/// </summary>
internal static class QueryResponseBuilder
{
    public static DicomDataset Build(DicomDataset identifier, IReadOnlyList<QueryCondition> conditions, DicomDataset candidate)
    {
        var response = new DicomDataset();
        CopyCharacterSet(candidate, response);
        if (identifier[QueryTags.QueryRetrieveLevel] is DicomElement level) response.AddOrUpdate(level);
        AddReturnKeys(identifier, conditions, candidate, response, topLevel: true);
        return response;
    }

    private static void AddReturnKeys(DicomDataset request, IReadOnlyList<QueryCondition> conditions, DicomDataset source, DicomDataset target, bool topLevel)
    {
        foreach (var key in request)
        {
            if (QueryTags.IsNeverAKey(key.Tag) || (topLevel && key.Tag == QueryTags.QueryRetrieveLevel)) continue;
            var condition = conditions.FirstOrDefault(c => c.Tag == key.Tag);
            target.AddOrUpdate(Project(key, condition, source));
        }
    }

    private static DicomItem Project(DicomItem key, QueryCondition? condition, DicomDataset source)
    {
        var found = source[key.Tag];
        if (key is DicomSequence requested)
        {
            if (found is not DicomSequence stored) return new DicomSequence(key.Tag);
            var itemKeys = requested.Items.Count == 1 && HasKeys(requested.Items[0]) ? requested.Items[0] : null;
            var match = condition as SequenceMatch;
            var items = stored.Items
                .Where(item => match is null || match.MatchesItem(item))
                .Select(item => itemKeys is null ? item.Clone() : Restrict(itemKeys, match?.ItemConditions ?? [], item));
            return new DicomSequence(key.Tag, items);
        }
        return found switch
        {
            DicomElement element => element,
            DicomSequence stored => new DicomSequence(key.Tag, stored.Items.Select(item => item.Clone())),
            DicomFragmentSequence fragments => fragments,
            _ => new DicomElement(key.Tag, key.VR, ReadOnlyMemory<byte>.Empty),
        };
    }

    private static DicomDataset Restrict(DicomDataset itemKeys, IReadOnlyList<QueryCondition> itemConditions, DicomDataset storedItem)
    {
        var item = new DicomDataset();
        if (storedItem[DicomTags.SpecificCharacterSet] is DicomElement { IsEmpty: false } own) item.AddOrUpdate(own);
        AddReturnKeys(itemKeys, itemConditions, storedItem, item, topLevel: false);
        return item;
    }

    private static bool HasKeys(DicomDataset item) => item.Any(i => !QueryTags.IsNeverAKey(i.Tag));

    private static void CopyCharacterSet(DicomDataset candidate, DicomDataset response)
    {
        if (candidate[DicomTags.SpecificCharacterSet] is DicomElement { IsEmpty: false } own)
        {
            response.AddOrUpdate(own);
            return;
        }
        var inherited = candidate.CharacterSet.Terms;
        if (inherited.Count > 0) response.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, [.. inherited]);
    }
}
