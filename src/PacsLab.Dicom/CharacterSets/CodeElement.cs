using System.Text;

namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// One ISO 2022 code element (a 94-, 96- or 94x94-character graphic set) with the escape sequence that designates it.
/// Code positions are 7-bit (0x20-0x7F); the caller adds 0x80 when the element sits in G1 and is invoked in GR.
/// </summary>
internal abstract class CodeElement
{
    protected CodeElement(string name, string term, GraphicRegister register, string escape)
    {
        Name = name;
        Term = term;
        Register = register;
        Escape = Encoding.ASCII.GetBytes("\u001b" + escape);
    }

    /// <summary>The registered set, e.g. "ISO-IR 87 (JIS X 0208)".</summary>
    public string Name { get; }

    /// <summary>The (0008,0005) defined term that brings this element in as a code extension, e.g. "ISO 2022 IR 87".</summary>
    public string Term { get; }

    public GraphicRegister Register { get; }

    /// <summary>The designation escape sequence, ESC included (PS3.3 Tables C.12-3 and C.12-4).</summary>
    public byte[] Escape { get; }

    public abstract int BytesPerCharacter { get; }

    /// <summary>Decodes one character from its 7-bit code position(s); U+FFFD when the position is unassigned.</summary>
    public abstract char Decode(byte first, byte second);

    /// <summary>Writes the 7-bit code position(s) of <paramref name="rune"/>; false when this set does not contain it.</summary>
    public abstract bool TryEncode(Rune rune, Span<byte> positions);

    public override string ToString() => Name;
}
