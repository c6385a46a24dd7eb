namespace PacsLab.Dicom;

/// <summary>
/// One registered data element of PS3.6. <see cref="Mask"/> is 0xFFFFFFFF for a single tag; for a range such as
/// (60xx,3000) it clears the varying nibbles, and <see cref="Tag"/> holds the pattern with them zeroed.
/// </summary>
public sealed record DicomDictionaryEntry(
    DicomTag Tag,
    uint Mask,
    IReadOnlyList<DicomVR> ValueRepresentations,
    string ValueMultiplicity,
    string Keyword,
    string Name,
    bool IsRetired)
{
    /// <summary>The VR used when the encoding does not say (implicit VR): the first listed.</summary>
    public DicomVR DefaultVR => ValueRepresentations.Count > 0 ? ValueRepresentations[0] : DicomVR.UN;

    public bool Matches(DicomTag tag) => (tag.Value & Mask) == Tag.Value;
}
