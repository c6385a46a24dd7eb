using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>A 94- or 96-character set held as a table from 7-bit code position to character.</summary>
internal sealed class SingleByteCodeElement : CodeElement
{
    private readonly char[] _characters;
    private readonly Dictionary<char, byte> _positions = [];

    /// <param name="characters">128 entries indexed by code position; '\0' marks an unassigned position.</param>
    public SingleByteCodeElement(string name, string term, GraphicRegister register, string escape, char[] characters)
        : base(name, term, register, escape)
    {
        _characters = characters;
        for (var p = characters.Length - 1; p >= 0x20; p--)
        {
            if (characters[p] != '\0') _positions[characters[p]] = (byte)p;
        }
    }

    public override int BytesPerCharacter => 1;

    public override char Decode(byte first, byte second) =>
        _characters[first & 0x7F] is var c && c != '\0' ? c : '\uFFFD';

    public override bool TryEncode(Rune rune, Span<byte> positions)
    {
        if (!rune.IsBmp || !_positions.TryGetValue((char)rune.Value, out var position)) return false;
        positions[0] = position;
        return true;
    }

    /// <summary>The 94 graphic characters of ISO 646 IRV (ASCII) at 0x21-0x7E.</summary>
    public static char[] AsciiTable()
    {
        var table = new char[128];
        for (var p = 0x21; p < 0x7F; p++) table[p] = (char)p;
        return table;
    }

    /// <summary>
    /// The upper half (0xA0-0xFF) of an 8-bit code page as a 96-set. Positions the code page leaves undefined
    /// (which .NET maps to U+FFFD or to private-use characters) are left unassigned.
    /// </summary>
    public static char[] UpperHalfTable(Encoding codePage)
    {
        var table = new char[128];
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (var p = 0x20; p < 0x80; p++)
        {
            one[0] = (byte)(p | 0x80);
            if (codePage.GetChars(one, decoded) != 1) continue;
            var c = decoded[0];
            if (c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF') continue;
            table[p] = c;
        }
        return table;
    }

    /// <summary>JIS X 0201 katakana (ISO-IR 13): positions 0x21-0x5F are the halfwidth katakana U+FF61-U+FF9F.</summary>
    public static char[] JisKatakanaTable()
    {
        var table = new char[128];
        for (var p = 0x21; p <= 0x5F; p++) table[p] = (char)(0xFF61 + p - 0x21);
        return table;
    }
}
