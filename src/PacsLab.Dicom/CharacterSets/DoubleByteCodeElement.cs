using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// A 94x94 set (JIS X 0208, JIS X 0212, KS X 1001, GB 2312) whose mapping comes from a .NET EUC-style code page:
/// the code page byte pair is the pair of 7-bit positions with the high bit set (on the second byte too unless
/// <c>secondByteHighBit</c> is false, which is how code page 20932 tells JIS X 0212 apart from JIS X 0208).
/// </summary>
internal sealed class DoubleByteCodeElement : CodeElement
{
    private readonly Encoding _codePage;
    private readonly bool _secondByteHighBit;

    public DoubleByteCodeElement(string name, string term, GraphicRegister register, string escape, Encoding codePage,
        bool secondByteHighBit = true)
        : base(name, term, register, escape)
    {
        _codePage = codePage;
        _secondByteHighBit = secondByteHighBit;
    }

    public override int BytesPerCharacter => 2;

    public override char Decode(byte first, byte second)
    {
        first &= 0x7F;
        second &= 0x7F;
        if (first is < 0x21 or > 0x7E || second is < 0x21 or > 0x7E) return '\uFFFD';
        Span<byte> pair = [(byte)(first | 0x80), _secondByteHighBit ? (byte)(second | 0x80) : second];
        Span<char> decoded = stackalloc char[2];
        return _codePage.GetChars(pair, decoded) == 1 ? decoded[0] : '\uFFFD';
    }

    public override bool TryEncode(Rune rune, Span<byte> positions)
    {
        Span<char> chars = stackalloc char[2];
        var charCount = rune.EncodeToUtf16(chars);
        Span<byte> encoded = stackalloc byte[8];
        // The code page is built with an empty replacement fallback, so a character it lacks encodes to nothing.
        if (_codePage.GetBytes(chars[..charCount], encoded) != 2) return false;
        var first = encoded[0];
        var second = encoded[1];
        if (first is < 0xA1 or > 0xFE) return false;
        if (_secondByteHighBit ? second is < 0xA1 or > 0xFE : second is < 0x21 or > 0x7E) return false;
        positions[0] = (byte)(first & 0x7F);
        positions[1] = (byte)(second & 0x7F);
        // Guard against best-fit mappings: the pair must read back as the same character.
        return rune.IsBmp && Decode(positions[0], positions[1]) == (char)rune.Value;
    }
}
