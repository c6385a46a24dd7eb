namespace PacsLab.Dicom.Query;

/// <summary>
/// Empty Value Matching (PS3.4 C.2.2.2, added in recent editions): a key whose value is exactly two QUOTATION MARK
/// characters (<c>""</c>) matches entities whose attribute is absent or has a zero-length value, and no others.
/// </summary>
public sealed record EmptyValueMatch(DicomTag Tag, DicomVR VR) : QueryCondition(Tag, VR)
{
    /// <summary>The key value that asks for Empty Value Matching.</summary>
    public const string KeyValue = "\"\"";

    public override bool Matches(DicomDataset candidate) => candidate[Tag] switch
    {
        null => true,
        DicomSequence sequence => sequence.Items.Count == 0,
        DicomElement element => element.IsEmpty || (element.VR.Kind == DicomVRKind.Text && CandidateValues.Read(candidate, Tag).Count == 0),
        _ => false,
    };
}
