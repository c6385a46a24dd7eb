namespace PacsLab.Dicom;

/// <summary>How long a decoded value is in the unit its VR counts (PS3.5 Table 6.2-1).</summary>
internal static class DicomValueLength
{
    /// <summary>Characters as the standard means them: a character outside the BMP (two UTF-16 units) counts once.</summary>
    public static int InCharacters(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes()) count++;
        return count;
    }

    /// <summary>
    /// Byte-counted VRs hold only the default repertoire, and they are decoded one byte to one character, so the
    /// string length is the byte count.
    /// </summary>
    public static int In(DicomVR vr, string value) => vr.MaxLengthInCharacters ? InCharacters(value) : value.Length;
}
