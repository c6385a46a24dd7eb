namespace PacsLab.Dicom.Query;

/// <summary>
/// The part of a PN value that a key is compared with (PS3.4 C.2.2.2.1 and C.2.2.2.4 leave PN matching to the
/// implementation): the alphabetic component group, or the whole value when the key names other groups with '='.
/// Trailing empty components ('^') and spaces are not significant (PS3.5 6.2.1).
/// </summary>
internal static class PersonNameText
{
    public static string Subject(string storedValue, bool alphabeticGroupOnly)
    {
        var text = storedValue;
        if (alphabeticGroupOnly)
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0) text = text[..equals];
        }
        return Normalise(text);
    }

    public static string Normalise(string value) => value.TrimEnd(' ', '^');
}
