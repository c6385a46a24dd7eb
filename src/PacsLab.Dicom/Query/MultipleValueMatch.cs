namespace PacsLab.Dicom.Query;

/// <summary>
/// A key with several values separated by '\' on a VR other than UI, e.g. Modality <c>CT\MR</c>: the entity
/// matches if any alternative matches. PS3.4 C.2.2.2 defines lists only for UIDs (C.2.2.2.2); DCMTK and Orthanc
/// accept them on other VRs with this meaning, and PacsLab does the same. Each alternative is a
/// <see cref="SingleValueMatch"/>, <see cref="WildcardMatch"/>, <see cref="RangeMatch"/> or
/// <see cref="EmptyValueMatch"/> on the same tag.
/// </summary>
public sealed record MultipleValueMatch : QueryCondition
{
    public MultipleValueMatch(DicomTag tag, DicomVR vr, IReadOnlyList<QueryCondition> alternatives) : base(tag, vr)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        Alternatives = [.. alternatives];
    }

    public IReadOnlyList<QueryCondition> Alternatives { get; }

    public override bool Matches(DicomDataset candidate) => Alternatives.Any(a => a.Matches(candidate));

    public bool Equals(MultipleValueMatch? other) => other is not null && base.Equals(other) && Alternatives.SequenceEqual(other.Alternatives);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Alternatives.Count);
}
