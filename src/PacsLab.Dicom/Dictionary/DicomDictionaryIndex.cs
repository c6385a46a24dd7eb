using System.Diagnostics.CodeAnalysis;

namespace PacsLab.Dicom;

/// <summary>
/// The O(1) lookup tables over <see cref="DicomDictionaryFile"/>: exact tags by value, ranges by one dictionary per
/// distinct mask (a handful: 60xx, 1000xxx0, 1010xxxx ...), keywords and UIDs by text.
/// </summary>
internal sealed class DicomDictionaryIndex
{
    private readonly Dictionary<uint, DicomDictionaryEntry> _exact = [];
    private readonly (uint Mask, Dictionary<uint, DicomDictionaryEntry> Patterns)[] _ranges;
    private readonly Dictionary<string, DicomDictionaryEntry> _byKeyword = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DicomUidEntry> _uids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DicomUidEntry> _uidsByKeyword = new(StringComparer.Ordinal);

    public DicomDictionaryIndex(DicomDictionaryFile file)
    {
        File = file;
        var ranges = new Dictionary<uint, Dictionary<uint, DicomDictionaryEntry>>();
        foreach (var entry in file.Entries)
        {
            if (entry.IsRange)
            {
                if (!ranges.TryGetValue(entry.Mask, out var patterns)) ranges.Add(entry.Mask, patterns = []);
                patterns.TryAdd(entry.Tag.Value, entry);
            }
            else
            {
                _exact.TryAdd(entry.Tag.Value, entry);
            }
            if (entry.Keyword.Length > 0) _byKeyword.TryAdd(entry.Keyword, entry);
        }
        // The most specific mask first, so a narrower range wins should two ever overlap.
        _ranges = ranges.OrderByDescending(r => uint.PopCount(r.Key)).ThenBy(r => r.Key).Select(r => (r.Key, r.Value)).ToArray();

        foreach (var uid in file.Uids)
        {
            _uids.TryAdd(uid.Uid, uid);
            if (uid.Keyword.Length > 0) _uidsByKeyword.TryAdd(uid.Keyword, uid);
        }
    }

    public DicomDictionaryFile File { get; }

    public bool TryGetExact(uint tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry) => _exact.TryGetValue(tag, out entry);

    public bool TryGetRange(uint tag, [NotNullWhen(true)] out DicomDictionaryEntry? entry)
    {
        foreach (var (mask, patterns) in _ranges)
        {
            if (patterns.TryGetValue(tag & mask, out entry)) return true;
        }
        entry = null;
        return false;
    }

    public bool TryGetByKeyword(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry) => _byKeyword.TryGetValue(keyword, out entry);

    public bool TryGetUid(string uid, [NotNullWhen(true)] out DicomUidEntry? entry) => _uids.TryGetValue(uid, out entry);

    public bool TryGetUidByKeyword(string keyword, [NotNullWhen(true)] out DicomUidEntry? entry) => _uidsByKeyword.TryGetValue(keyword, out entry);
}
