namespace PacsLab.Dicom.Query;

/// <summary>
/// Sequence Matching (PS3.4 C.2.2.2.6): a sequence key with one item whose keys are conditions of their own. The
/// entity matches when at least one of its items satisfies every item condition; only those items are returned.
/// A candidate without items is judged as one empty item, so item keys that are universal or empty-value keys
/// still match it and any other key does not. A sequence key with no item keys is a <see cref="UniversalMatch"/>.
/// </summary>
public sealed record SequenceMatch : QueryCondition
{
    public SequenceMatch(DicomTag tag, IReadOnlyList<QueryCondition> itemConditions) : base(tag, DicomVR.SQ)
    {
        ArgumentNullException.ThrowIfNull(itemConditions);
        ItemConditions = [.. itemConditions];
    }

    /// <summary>The conditions on the keys of the request's item, in tag order, return keys included.</summary>
    public IReadOnlyList<QueryCondition> ItemConditions { get; }

    public override bool Matches(DicomDataset candidate)
    {
        var items = candidate[Tag] is DicomSequence sequence ? sequence.Items : [];
        return items.Count == 0 ? MatchesItem(new DicomDataset()) : items.Any(MatchesItem);
    }

    /// <summary>Whether one item of the candidate's sequence satisfies every item condition.</summary>
    public bool MatchesItem(DicomDataset item) => ItemConditions.All(c => c.Matches(item));

    public bool Equals(SequenceMatch? other) => other is not null && base.Equals(other) && ItemConditions.SequenceEqual(other.ItemConditions);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), ItemConditions.Count);
}
