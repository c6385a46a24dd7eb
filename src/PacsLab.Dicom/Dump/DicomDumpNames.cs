namespace PacsLab.Dicom;

/// <summary>How the dump names tags: lower-case hex as dcmdump prints them, and PS3.6 keywords.</summary>
internal static class DicomDumpNames
{
    public static string Tag(DicomTag tag) => $"({tag.Group:x4},{tag.Element:x4})";

    public static string Keyword(DicomTag tag)
    {
        if (DicomDictionary.TryGet(tag, out var entry)) return entry.Keyword.Length > 0 ? entry.Keyword : entry.Name;
        // Private data elements are defined by their creator, not by PS3.6, so no dictionary can name them.
        return tag.IsPrivate ? "PrivateTagData" : "Unknown Tag & Data";
    }
}
