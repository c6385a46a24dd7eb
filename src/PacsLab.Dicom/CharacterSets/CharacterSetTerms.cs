using System.Text.RegularExpressions;
using static PacsLab.Dicom.CharacterSets.CodeElements;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>The defined terms of Specific Character Set (0008,0005), PS3.3 C.12.1.1.2.</summary>
internal static partial class CharacterSetTerms
{
    private static readonly CharacterSetTerm[] All =
    [
        // PS3.3 Table C.12-2: single-byte character sets without code extensions
        new("ISO_IR 6", "the default repertoire (ASCII)", [Ascii], false),
        new("ISO_IR 100", "Latin alphabet No. 1", [Ascii, Latin1], false),
        new("ISO_IR 101", "Latin alphabet No. 2", [Ascii, Latin2], false),
        new("ISO_IR 109", "Latin alphabet No. 3", [Ascii, Latin3], false),
        new("ISO_IR 110", "Latin alphabet No. 4", [Ascii, Latin4], false),
        new("ISO_IR 144", "Cyrillic", [Ascii, Cyrillic], false),
        new("ISO_IR 127", "Arabic", [Ascii, Arabic], false),
        new("ISO_IR 126", "Greek", [Ascii, Greek], false),
        new("ISO_IR 138", "Hebrew", [Ascii, Hebrew], false),
        new("ISO_IR 148", "Latin alphabet No. 5", [Ascii, Latin5], false),
        new("ISO_IR 203", "Latin alphabet No. 9", [Ascii, Latin9], false),
        new("ISO_IR 13", "Japanese (JIS X 0201 Katakana and Romaji)", [JisRoman, JisKatakana], false),
        new("ISO_IR 166", "Thai", [Ascii, Thai], false),

        // PS3.3 Table C.12-3: single-byte character sets with code extensions
        new("ISO 2022 IR 6", "the default repertoire (ASCII)", [Ascii], true),
        new("ISO 2022 IR 100", "Latin alphabet No. 1", [Ascii, Latin1], true),
        new("ISO 2022 IR 101", "Latin alphabet No. 2", [Ascii, Latin2], true),
        new("ISO 2022 IR 109", "Latin alphabet No. 3", [Ascii, Latin3], true),
        new("ISO 2022 IR 110", "Latin alphabet No. 4", [Ascii, Latin4], true),
        new("ISO 2022 IR 144", "Cyrillic", [Ascii, Cyrillic], true),
        new("ISO 2022 IR 127", "Arabic", [Ascii, Arabic], true),
        new("ISO 2022 IR 126", "Greek", [Ascii, Greek], true),
        new("ISO 2022 IR 138", "Hebrew", [Ascii, Hebrew], true),
        new("ISO 2022 IR 148", "Latin alphabet No. 5", [Ascii, Latin5], true),
        new("ISO 2022 IR 203", "Latin alphabet No. 9", [Ascii, Latin9], true),
        new("ISO 2022 IR 13", "Japanese (JIS X 0201 Katakana and Romaji)", [JisRoman, JisKatakana], true),
        new("ISO 2022 IR 166", "Thai", [Ascii, Thai], true),

        // PS3.3 Table C.12-4: multi-byte character sets with code extensions
        new("ISO 2022 IR 87", "Japanese Kanji (JIS X 0208)", [JisX0208], true),
        new("ISO 2022 IR 159", "Japanese supplementary Kanji (JIS X 0212)", [JisX0212], true),
        new("ISO 2022 IR 149", "Korean (KS X 1001)", [KsX1001], true),
        new("ISO 2022 IR 58", "Simplified Chinese (GB 2312)", [Gb2312], true),

        // PS3.3 Table C.12-5: multi-byte character sets without code extensions
        new("ISO_IR 192", "Unicode in UTF-8", [], false, 65001),
        new("GB18030", "Chinese (GB 18030)", [], false, 54936),
        new("GBK", "Chinese (GBK)", [], false, 936),
    ];

    private static readonly Dictionary<string, CharacterSetTerm> ByTerm = All.ToDictionary(t => t.Term, StringComparer.Ordinal);

    public static CharacterSetTerm DefaultTerm => ByTerm["ISO_IR 6"];

    public static CharacterSetTerm Latin1Term => ByTerm["ISO_IR 100"];

    public static bool TryGet(string term, out CharacterSetTerm definition) => ByTerm.TryGetValue(term, out definition!);

    /// <summary>
    /// Finds a term that was written with the wrong separators or case, as devices in the field do
    /// ("ISO-IR 100", "iso_ir_192", "ISO IR 144", "ISO_2022_IR_87"); null when nothing is close.
    /// </summary>
    public static CharacterSetTerm? FindNear(string term)
    {
        var normalized = Separators().Replace(term.Trim().ToUpperInvariant(), " ");
        if (normalized is "UTF 8" or "UTF8") return ByTerm["ISO_IR 192"];
        var match = IsoIr().Match(normalized);
        if (!match.Success) return ByTerm.GetValueOrDefault(normalized.Replace(" ", ""));
        var number = match.Groups["number"].Value;
        var candidate = match.Groups["extension"].Success ? $"ISO 2022 IR {number}" : $"ISO_IR {number}";
        return ByTerm.GetValueOrDefault(candidate) ?? ByTerm.GetValueOrDefault($"ISO 2022 IR {number}");
    }

    [GeneratedRegex("[ _-]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^ISO ?(?<extension>2022 )?IR ?(?<number>[0-9]+)$")]
    private static partial Regex IsoIr();
}
