using System.Buffers;
using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// Encodes text with ISO 2022 designations (PS3.5 6.1.2.5). For each character it keeps the sets already in force
/// when they hold it, else takes the first listed set that does and designates it. Before every delimiter
/// (<see cref="TextDelimiters"/>) and at the end of the value it returns G0 to the initial set, and after a delimiter
/// it designates G1 again before using it, which is the form of the PS3.5 Annex H and I examples:
/// <c>Yamada^Tarou=ESC $ B 山田 ESC ( B ^ ESC $ B 太郎 ESC ( B</c>.
/// </summary>
internal static class Iso2022Encoder
{
    public static byte[] Encode(string text, DicomVR vr, Iso2022Profile profile, List<Rune> unencodable)
    {
        // Every initial G0 (ASCII or JIS X 0201 Romaji) holds ASCII, so plain ASCII text needs no escape sequence.
        if (IsAsciiWithoutEscape(text)) return Encoding.ASCII.GetBytes(text);

        var output = new ArrayBufferWriter<byte>(text.Length + 8);
        var g0 = profile.InitialG0;
        var g1 = profile.InitialG1;
        // What a decoder that does not reset G1 at delimiters still has in G1; designate again when it differs.
        var g1AsLastDesignated = profile.InitialG1;
        Span<byte> positions = stackalloc byte[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (TextDelimiters.ResetsState(rune.Value, vr))
            {
                if (g0 != profile.InitialG0) Write(output, (g0 = profile.InitialG0).Escape);
                g1 = profile.InitialG1;
                WriteByte(output, (byte)rune.Value);
                continue;
            }
            if (rune.Value is 0x20 or 0x7F)
            {
                if (g0.BytesPerCharacter != 1) Write(output, (g0 = profile.InitialG0).Escape);
                WriteByte(output, (byte)rune.Value);
                continue;
            }

            var element = Choose(rune, g0, g1, profile, positions);
            if (element is null)
            {
                unencodable.Add(rune);
                element = g0.BytesPerCharacter == 1 ? g0 : profile.InitialG0;
                positions[0] = (byte)'?';
            }

            if (element.Register == GraphicRegister.G0)
            {
                if (element != g0) Write(output, (g0 = element).Escape);
                Write(output, positions[..element.BytesPerCharacter]);
            }
            else
            {
                if (element != g1 || element != g1AsLastDesignated) Write(output, (g1 = g1AsLastDesignated = element).Escape);
                foreach (var position in positions[..element.BytesPerCharacter]) WriteByte(output, (byte)(position | 0x80));
            }
        }
        if (g0 != profile.InitialG0) Write(output, profile.InitialG0.Escape);
        return output.WrittenSpan.ToArray();
    }

    private static bool IsAsciiWithoutEscape(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80 || c == TextDelimiters.Escape) return false;
        }
        return true;
    }

    private static CodeElement? Choose(Rune rune, CodeElement g0, CodeElement? g1, Iso2022Profile profile, Span<byte> positions)
    {
        if (g0.TryEncode(rune, positions)) return g0;
        if (g1 is not null && g1.TryEncode(rune, positions)) return g1;
        foreach (var element in profile.Elements)
        {
            if (element != g0 && element != g1 && element.TryEncode(rune, positions)) return element;
        }
        return null;
    }

    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void WriteByte(ArrayBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }
}
