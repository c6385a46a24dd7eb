namespace PacsLab.Dicom.Query;

/// <summary>
/// Universal Matching (PS3.4 C.2.2.2.3): a zero-length key, or a key of only "*" on a VR that allows wildcards
/// (PS3.4 C.2.2.2.4), or a sequence key with no item keys (PS3.4 C.2.2.2.6). Every entity matches, including one
/// that lacks the attribute; the key only asks for the attribute to be returned.
/// </summary>
public sealed record UniversalMatch(DicomTag Tag, DicomVR VR) : QueryCondition(Tag, VR)
{
    public override bool Matches(DicomDataset candidate) => true;
}
