using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace PacsLab.Dicom;

/// <summary>
/// The generated data file Dictionary/dicom-dictionary.tsv (written by tools/generate-dictionary.py, embedded as a
/// resource): '#' header lines, then an [elements] section (tag, vr, vm, retired, keyword, name) and a [uids]
/// section (uid, retired, type, keyword, name), tab-separated, one entry a line. VRs are joined by '|';
/// "NONE" marks the items and delimiters, which have no VR; retired is "R" or "-".
/// </summary>
internal sealed class DicomDictionaryFile
{
    public const string ResourceName = "PacsLab.Dicom.dicom-dictionary.tsv";
    private const string ShaPrefix = "generator-sha256:";
    private const string NoVR = "NONE";

    private DicomDictionaryFile(string source, string sha, IReadOnlyList<DicomDictionaryEntry> entries, IReadOnlyList<DicomUidEntry> uids)
    {
        SourceDescription = source;
        GeneratorScriptSha256 = sha;
        Entries = entries;
        Uids = uids;
    }

    /// <summary>The header lines without their '#', joined by '\n'.</summary>
    public string SourceDescription { get; }

    /// <summary>Lower-case hex SHA-256 of the generator script that wrote the file.</summary>
    public string GeneratorScriptSha256 { get; }

    public IReadOnlyList<DicomDictionaryEntry> Entries { get; }
    public IReadOnlyList<DicomUidEntry> Uids { get; }

    public static DicomDictionaryFile LoadEmbedded()
    {
        using var stream = typeof(DicomDictionaryFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The PS3.6 dictionary resource '{ResourceName}' is missing from PacsLab.Dicom. " +
                "Run /usr/bin/python3 tools/generate-dictionary.py and rebuild.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    public static DicomDictionaryFile Parse(TextReader reader)
    {
        var header = new List<string>();
        var entries = new List<DicomDictionaryEntry>();
        var uids = new List<DicomUidEntry>();
        var vrLists = new Dictionary<string, IReadOnlyList<DicomVR>>(StringComparer.Ordinal);
        string? section = null;
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                if (section is null) header.Add(line[1..].Trim());
                continue;
            }
            if (line[0] == '[') { section = line; continue; }
            var fields = line.Split('\t');
            switch (section)
            {
                case "[elements]": entries.Add(ParseElement(fields, vrLists, lineNumber)); break;
                case "[uids]": uids.Add(ParseUid(fields, lineNumber)); break;
                default: throw Error(lineNumber, "an entry outside the [elements] and [uids] sections");
            }
        }

        var sha = header.FirstOrDefault(h => h.StartsWith(ShaPrefix, StringComparison.Ordinal))?[ShaPrefix.Length..].Trim()
            ?? throw Error(lineNumber, $"no '# {ShaPrefix}' header line");
        return new DicomDictionaryFile(string.Join('\n', header), sha, entries.AsReadOnly(), uids.AsReadOnly());
    }

    /// <summary>"(60xx,3000)" -> pattern 0x60003000, mask 0xFF00FFFF. Also takes "60xx3000".</summary>
    public static bool TryParseTagPattern(string text, out DicomTag pattern, out uint mask)
    {
        pattern = default;
        mask = 0;
        var digits = text.Trim().TrimStart('(').TrimEnd(')').Replace(",", "", StringComparison.Ordinal);
        if (digits.Length != 8) return false;
        uint value = 0;
        foreach (var c in digits)
        {
            var isWild = c is 'x' or 'X';
            if (!isWild && !char.IsAsciiHexDigit(c)) return false;
            value = (value << 4) | (isWild ? 0u : HexValue(c));
            mask = (mask << 4) | (isWild ? 0u : 0xFu);
        }
        pattern = new DicomTag(value);
        return true;
    }

    private static uint HexValue(char c) => char.IsAsciiDigit(c) ? (uint)(c - '0') : (uint)((c | 0x20) - 'a' + 10);

    private static DicomDictionaryEntry ParseElement(string[] fields, Dictionary<string, IReadOnlyList<DicomVR>> vrLists, int lineNumber)
    {
        if (fields.Length < 4) throw Error(lineNumber, "fewer than 4 fields in an element line");
        if (!TryParseTagPattern(fields[0], out var tag, out var mask)) throw Error(lineNumber, $"'{fields[0]}' is not a tag or tag range");
        if (!vrLists.TryGetValue(fields[1], out var vrs))
        {
            vrs = fields[1] == NoVR ? [] : new ReadOnlyCollection<DicomVR>(fields[1].Split('|').Select(ParseVR).ToArray());
            vrLists.Add(fields[1], vrs);
        }
        return new DicomDictionaryEntry(tag, mask, vrs, fields[2], Field(fields, 4), Field(fields, 5), IsRetired(fields[3], lineNumber));

        DicomVR ParseVR(string code) => DicomVR.FromCode(code) ?? throw Error(lineNumber, $"'{code}' is not a VR");
    }

    private static DicomUidEntry ParseUid(string[] fields, int lineNumber)
    {
        if (fields.Length < 3) throw Error(lineNumber, "fewer than 3 fields in a UID line");
        return new DicomUidEntry(fields[0], Field(fields, 3), Field(fields, 4), fields[2], IsRetired(fields[1], lineNumber));
    }

    // Trailing empty fields (an empty keyword or name) may have lost their tabs; read them as empty.
    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static bool IsRetired(string flag, int lineNumber) => flag switch
    {
        "R" => true,
        "-" => false,
        _ => throw Error(lineNumber, $"retired flag '{flag}' is neither 'R' nor '-'"),
    };

    private static FormatException Error(int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"dicom-dictionary.tsv line {lineNumber}: {problem}. Regenerate it with /usr/bin/python3 tools/generate-dictionary.py."));
}
