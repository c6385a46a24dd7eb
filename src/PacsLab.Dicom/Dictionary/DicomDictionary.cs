using System.Diagnostics.CodeAnalysis;

namespace PacsLab.Dicom;

/// <summary>
/// PS3.6 data elements and UIDs, from the generated data file Dictionary/dicom-dictionary.tsv (see
/// tools/generate-dictionary.py), loaded on first use.
/// </summary>
public static class DicomDictionary
{
    private static readonly IReadOnlyList<DicomVR> OnlyUL = [DicomVR.UL];
    private static readonly IReadOnlyList<DicomVR> OnlyLO = [DicomVR.LO];

    private static readonly Lazy<DicomDictionaryIndex> Index = new(
        () => new DicomDictionaryIndex(DicomDictionaryFile.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every registered element and range, in tag order.</summary>
    public static IReadOnlyList<DicomDictionaryEntry> Entries => Index.Value.File.Entries;

    /// <summary>Every registered UID, in numeric order.</summary>
    public static IReadOnlyList<DicomUidEntry> Uids => Index.Value.File.Uids;

    /// <summary>Where the data came from: the header of the data file (source library, DICOM edition, generator).</summary>
    public static string SourceDescription => Index.Value.File.SourceDescription;

    /// <summary>The SHA-256 of tools/generate-dictionary.py recorded when the data file was generated.</summary>
    public static string GeneratorScriptSha256 => Index.Value.File.GeneratorScriptSha256;

    /// <summary>
    /// Finds the element a tag belongs to. For a tag in a range, e.g. (6002,3000), the range entry (60xx,3000) comes
    /// back. Group lengths (gggg,0000) are UL and private creators (odd group, element 0010-00FF) are LO even though
    /// PS3.6 lists them only in prose (PS3.5 7.2, 7.8.1); other private tags are not found, and callers use UN.
    /// </summary>
    public static bool TryGet(DicomTag tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        var index = Index.Value;
        if (index.TryGetExact(tag.Value, out entry)) return true;
        if (tag.IsGroupLength)
        {
            entry = GroupLength(tag);
            return true;
        }
        if (tag.IsPrivate)
        {
            // Odd groups are never one of the standard ranges, even where a mask like 60xx would match them.
            entry = tag.IsPrivateCreator ? PrivateCreator(tag) : null;
            return entry is not null;
        }
        return index.TryGetRange(tag.Value, out entry);
    }

    /// <summary>Finds an element by its PS3.6 keyword, e.g. "PatientName" (case-sensitive).</summary>
    public static bool TryGetByKeyword(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry) =>
        Index.Value.TryGetByKeyword(keyword, out entry);

    /// <summary>Finds a registered UID. Trailing NUL or space padding of a UI value is ignored.</summary>
    public static bool TryGetUid(string uid, [NotNullWhen(true)] out DicomUidEntry? entry) =>
        Index.Value.TryGetUid(uid.TrimEnd('\0', ' '), out entry);

    /// <summary>Finds a registered UID by its keyword, e.g. "CTImageStorage" (case-sensitive).</summary>
    public static bool TryGetUidByKeyword(string keyword, [NotNullWhen(true)] out DicomUidEntry? entry) =>
        Index.Value.TryGetUidByKeyword(keyword, out entry);

    public static DicomVR DefaultVR(DicomTag tag)
    {
        if (tag.IsGroupLength) return DicomVR.UL;
        if (tag.IsPrivateCreator) return DicomVR.LO;
        return TryGet(tag, out var entry) ? entry.DefaultVR : DicomVR.UN;
    }

    // PS3.5 7.2: group lengths other than (0000,0000) and (0002,0000), which are listed, are retired.
    private static DicomDictionaryEntry GroupLength(DicomTag tag) =>
        new(tag, DicomDictionaryEntry.SingleTagMask, OnlyUL, "1", "GroupLength", "Group Length", IsRetired: true);

    private static DicomDictionaryEntry PrivateCreator(DicomTag tag) =>
        new(tag, DicomDictionaryEntry.SingleTagMask, OnlyLO, "1", "PrivateCreator", "Private Creator", IsRetired: false);
}
