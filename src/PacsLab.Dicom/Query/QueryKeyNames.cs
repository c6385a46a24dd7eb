namespace PacsLab.Dicom.Query;

/// <summary>How keys are named in messages: the PS3.6 keyword and the tag, e.g. "StudyDate (0008,0020)".</summary>
internal static class QueryKeyNames
{
    public static string Keyword(DicomTag tag) =>
        DicomDictionary.TryGet(tag, out var entry) ? entry.Keyword : "";

    public static string Describe(DicomTag tag)
    {
        var keyword = Keyword(tag);
        return keyword.Length > 0 ? $"{keyword} {tag}" : tag.ToString();
    }
}
