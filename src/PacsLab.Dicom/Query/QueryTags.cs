namespace PacsLab.Dicom.Query;

/// <summary>Identifier elements that are not keys to match (PS3.4 C.4.1.1.3, C.2.2.2).</summary>
internal static class QueryTags
{
    /// <summary>Query/Retrieve Level (0008,0052): names the level of the query, is echoed in responses, never matched.</summary>
    public static readonly DicomTag QueryRetrieveLevel = new(0x0008, 0x0052);

    /// <summary>
    /// Command (0000) and file meta (0002) groups, group lengths and Specific Character Set (0008,0005), which says how
    /// the identifier is encoded but "is never matched" (PS3.4 C.2.2.2). The Query/Retrieve Level is left to the caller.
    /// </summary>
    public static bool IsNeverAKey(DicomTag tag) =>
        tag.Group is 0x0000 or 0x0002 || tag.IsGroupLength || tag == DicomTags.SpecificCharacterSet;
}
