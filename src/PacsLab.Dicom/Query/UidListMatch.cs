namespace PacsLab.Dicom.Query;

/// <summary>
/// List of UID Matching (PS3.4 C.2.2.2.2): a UI key with several values separated by '\' matches an entity whose
/// UID equals any one of them. A UI key with one value is a <see cref="SingleValueMatch"/>. '*' and '?' are not
/// wildcards in UIDs (PS3.4 C.2.2.2.4), so they are compared literally.
/// </summary>
public sealed record UidListMatch : QueryCondition
{
    public UidListMatch(DicomTag tag, IReadOnlyList<string> uids) : base(tag, DicomVR.UI)
    {
        ArgumentNullException.ThrowIfNull(uids);
        Uids = [.. uids];
    }

    public IReadOnlyList<string> Uids { get; }

    public override bool Matches(DicomDataset candidate)
    {
        foreach (var value in CandidateValues.Read(candidate, Tag))
        {
            foreach (var uid in Uids)
            {
                if (string.Equals(uid, value, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    public bool Equals(UidListMatch? other) => other is not null && base.Equals(other) && Uids.SequenceEqual(other.Uids, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Uids.Count);
}
