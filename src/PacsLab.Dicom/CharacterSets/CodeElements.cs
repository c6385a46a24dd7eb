using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// The code elements DICOM uses, with their ISO 2022 designation escape sequences
/// (PS3.3 Table C.12-3 for the single-byte sets, Table C.12-4 for the multi-byte sets).
/// </summary>
internal static class CodeElements
{
    private const string G1Set96 = "-";   // ESC 02/13 F: designate a 96-set to G1

    public static readonly SingleByteCodeElement Ascii =
        new("ISO-IR 6 (ASCII)", "ISO 2022 IR 6", GraphicRegister.G0, "(B", SingleByteCodeElement.AsciiTable());

    // JIS X 0201 Romaji differs from ASCII only at 0x5C (yen) and 0x7E (overline). DICOM keeps 0x5C as the value
    // delimiter, so it is read as ASCII here, as pydicom and DCMTK also do.
    public static readonly SingleByteCodeElement JisRoman =
        new("ISO-IR 14 (JIS X 0201 Romaji)", "ISO 2022 IR 13", GraphicRegister.G0, "(J", SingleByteCodeElement.AsciiTable());

    public static readonly SingleByteCodeElement JisKatakana =
        new("ISO-IR 13 (JIS X 0201 Katakana)", "ISO 2022 IR 13", GraphicRegister.G1, ")I", SingleByteCodeElement.JisKatakanaTable());

    public static readonly SingleByteCodeElement Latin1 = UpperHalf("ISO-IR 100 (Latin alphabet No. 1)", "ISO 2022 IR 100", "A", 28591);
    public static readonly SingleByteCodeElement Latin2 = UpperHalf("ISO-IR 101 (Latin alphabet No. 2)", "ISO 2022 IR 101", "B", 28592);
    public static readonly SingleByteCodeElement Latin3 = UpperHalf("ISO-IR 109 (Latin alphabet No. 3)", "ISO 2022 IR 109", "C", 28593);
    public static readonly SingleByteCodeElement Latin4 = UpperHalf("ISO-IR 110 (Latin alphabet No. 4)", "ISO 2022 IR 110", "D", 28594);
    public static readonly SingleByteCodeElement Cyrillic = UpperHalf("ISO-IR 144 (Cyrillic)", "ISO 2022 IR 144", "L", 28595);
    public static readonly SingleByteCodeElement Arabic = UpperHalf("ISO-IR 127 (Arabic)", "ISO 2022 IR 127", "G", 28596);
    public static readonly SingleByteCodeElement Greek = UpperHalf("ISO-IR 126 (Greek)", "ISO 2022 IR 126", "F", 28597);
    public static readonly SingleByteCodeElement Hebrew = UpperHalf("ISO-IR 138 (Hebrew)", "ISO 2022 IR 138", "H", 28598);
    public static readonly SingleByteCodeElement Latin5 = UpperHalf("ISO-IR 148 (Latin alphabet No. 5)", "ISO 2022 IR 148", "M", 28599);
    public static readonly SingleByteCodeElement Latin9 = UpperHalf("ISO-IR 203 (Latin alphabet No. 9)", "ISO 2022 IR 203", "b", 28605);
    // TIS 620-2533 is the upper half of Windows code page 874, which adds a few characters at 0x80-0x9F only.
    public static readonly SingleByteCodeElement Thai = UpperHalf("ISO-IR 166 (TIS 620-2533 Thai)", "ISO 2022 IR 166", "T", 874);

    // Code page 20932 (EUC-JP as Windows defines it) maps JIS X 0208 like the JIS standard (U+301C for 0x2141 ...)
    // and also carries JIS X 0212, as a high-bit first byte followed by a 7-bit second byte.
    private static readonly Encoding EucJp = CodePages.Get(20932);

    public static readonly DoubleByteCodeElement JisX0208 =
        new("ISO-IR 87 (JIS X 0208 Kanji)", "ISO 2022 IR 87", GraphicRegister.G0, "$B", EucJp);

    public static readonly DoubleByteCodeElement JisX0212 =
        new("ISO-IR 159 (JIS X 0212 supplementary Kanji)", "ISO 2022 IR 159", GraphicRegister.G0, "$(D", EucJp,
            secondByteHighBit: false);

    public static readonly DoubleByteCodeElement KsX1001 =
        new("ISO-IR 149 (KS X 1001 Hangul and Hanja)", "ISO 2022 IR 149", GraphicRegister.G1, "$)C", CodePages.Get(51949));

    // Code page 20936 is plain GB 2312; 936 (GBK) maps a few punctuation marks differently.
    public static readonly DoubleByteCodeElement Gb2312 =
        new("ISO-IR 58 (GB 2312 Chinese)", "ISO 2022 IR 58", GraphicRegister.G1, "$)A", CodePages.Get(20936));

    public static IReadOnlyList<CodeElement> All { get; } =
    [
        Ascii, JisRoman, JisKatakana, Latin1, Latin2, Latin3, Latin4, Cyrillic, Arabic, Greek, Hebrew, Latin5, Latin9,
        Thai, JisX0208, JisX0212, KsX1001, Gb2312,
    ];

    /// <summary>
    /// Matches the escape sequence at the start of <paramref name="bytes"/> (which begins with ESC).
    /// ESC $ @ (the 1978 edition of JIS X 0208) is read as JIS X 0208.
    /// </summary>
    public static bool TryMatchEscape(ReadOnlySpan<byte> bytes, out CodeElement? element, out int length)
    {
        foreach (var candidate in All)
        {
            if (bytes.StartsWith(candidate.Escape))
            {
                element = candidate;
                length = candidate.Escape.Length;
                return true;
            }
        }
        if (bytes.StartsWith("\u001b$@"u8))
        {
            element = JisX0208;
            length = 3;
            return true;
        }
        element = null;
        length = EscapeLength(bytes);
        return false;
    }

    /// <summary>The length of an unrecognised escape sequence: ESC, intermediate bytes 0x20-0x2F, one final byte (ISO 2022 6.3).</summary>
    private static int EscapeLength(ReadOnlySpan<byte> bytes)
    {
        var i = 1;
        while (i < bytes.Length && bytes[i] is >= 0x20 and <= 0x2F) i++;
        return i < bytes.Length && bytes[i] is >= 0x30 and <= 0x7E ? i + 1 : i;
    }

    private static SingleByteCodeElement UpperHalf(string name, string term, string final, int codePage) =>
        new(name, term, GraphicRegister.G1, G1Set96 + final, SingleByteCodeElement.UpperHalfTable(CodePages.Get(codePage)));
}
