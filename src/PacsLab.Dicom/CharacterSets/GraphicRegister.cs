namespace PacsLab.Dicom.CharacterSets;

/// <summary>The ISO 2022 register a code element is designated to: G0 is invoked in GL (bytes 0x21-0x7E), G1 in GR (0xA1-0xFE).</summary>
internal enum GraphicRegister
{
    G0,
    G1,
}
