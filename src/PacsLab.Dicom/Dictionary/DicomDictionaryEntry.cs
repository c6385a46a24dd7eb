namespace PacsLab.Dicom;

/// <summary>
/// One registered data element of PS3.6. <see cref="Mask"/> is 0xFFFFFFFF for a single tag; for a range such as
/// (60xx,3000) it clears the varying nibbles, and <see cref="Tag"/> holds the pattern with them zeroed.
/// </summary>
/// <remarks>
/// <see cref="ValueRepresentations"/> is empty for Item and the delimitation items (FFFE,E000/E00D/E0DD), which
/// have no VR (PS3.5 7.5).
/// </remarks>
public sealed record DicomDictionaryEntry(
    DicomTag Tag,
    uint Mask,
    IReadOnlyList<DicomVR> ValueRepresentations,
    string ValueMultiplicity,
    string Keyword,
    string Name,
    bool IsRetired)
{
    public const uint SingleTagMask = 0xFFFFFFFF;

    /// <summary>The VR used when the encoding does not say (implicit VR): the first listed.</summary>
    public DicomVR DefaultVR => ValueRepresentations.Count > 0 ? ValueRepresentations[0] : DicomVR.UN;

    /// <summary>True for a repeating group or element range such as (60xx,3000) or (1000,xxx0).</summary>
    public bool IsRange => Mask != SingleTagMask;

    /// <summary>The tag as PS3.6 writes it, with x for each varying digit: "(60xx,3000)", "(0010,0010)".</summary>
    public string TagPattern
    {
        get
        {
            Span<char> text = stackalloc char[11];
            text[0] = '(';
            text[5] = ',';
            text[10] = ')';
            for (var nibble = 0; nibble < 8; nibble++)
            {
                var shift = 28 - 4 * nibble;
                var position = nibble < 4 ? 1 + nibble : 2 + nibble;
                text[position] = ((Mask >> shift) & 0xF) == 0 ? 'x' : "0123456789ABCDEF"[(int)((Tag.Value >> shift) & 0xF)];
            }
            return new string(text);
        }
    }

    public bool Matches(DicomTag tag) => (tag.Value & Mask) == Tag.Value;
}
