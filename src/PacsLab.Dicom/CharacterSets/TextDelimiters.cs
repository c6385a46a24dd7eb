namespace PacsLab.Dicom.CharacterSets;

/// <summary>
/// Where an ISO 2022 value returns to its initial character set (PS3.5 6.1.2.5.3): before CR, LF, TAB, FF and any
/// other control character except ESC; before the value delimiter '\' of a multi-valued VR; and, in PN, before the
/// component group delimiter '=' and the component delimiter '^'.
/// </summary>
internal static class TextDelimiters
{
    public const int Escape = 0x1B;

    public static bool ResetsState(int character, DicomVR vr) => character switch
    {
        Escape => false,
        < 0x20 => true,
        '\\' => vr.IsMultiValuedText,
        '^' or '=' => vr == DicomVR.PN,
        _ => false,
    };
}
