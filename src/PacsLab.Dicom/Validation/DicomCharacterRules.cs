namespace PacsLab.Dicom;

/// <summary>Which characters each text VR may hold (PS3.5 6.1 and Table 6.2-1).</summary>
internal static class DicomCharacterRules
{
    private const char Escape = '\x1B';

    /// <summary>AE: the default repertoire (20H-7EH) without backslash or any control character, and not only spaces.</summary>
    public static DicomValueFault? CheckApplicationEntity(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
                return Bad(c, "AE titles allow only the default character repertoire (ISO-IR 6 letters, digits, space and punctuation) without backslash or control characters (PS3.5 Table 6.2-1).");
        }
        if (value.Length > 0 && value.AsSpan().Trim(' ').IsEmpty)
            return new(DicomValidationProblemKind.OnlySpaces,
                "is only spaces; an AE title must have at least one other character, leading and trailing spaces do not count (PS3.5 Table 6.2-1).");
        return null;
    }

    /// <summary>CS: upper-case letters, digits, space and underscore.</summary>
    public static DicomValueFault? CheckCodeString(string value)
    {
        foreach (var c in value)
        {
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ' ' or '_') continue;
            var hint = c is >= 'a' and <= 'z' ? " Code strings are upper case: write it in capitals." : "";
            return Bad(c, "CS allows only the upper-case letters A-Z, digits 0-9, space and underscore (PS3.5 Table 6.2-1)." + hint);
        }
        return null;
    }

    /// <summary>
    /// SH, LO, PN, UC (no control character but ESC) and ST, LT, UT (which also allow TAB, LF, FF and CR).
    /// Characters outside ISO-IR 6 need a Specific Character Set (0008,0005) that provides them.
    /// </summary>
    public static DicomValueFault? CheckText(string value, DicomVR vr, bool defaultRepertoireOnly)
    {
        var freeText = vr == DicomVR.ST || vr == DicomVR.LT || vr == DicomVR.UT;
        foreach (var c in value)
        {
            if (c == '\uFFFD')
                return Bad(c, "Check that Specific Character Set (0008,0005) names the character set the sender really used (PS3.5 6.1.2.3).");
            if (c < ' ' || c == '\x7F')
            {
                if (c == Escape) continue;
                if (freeText && c is '\t' or '\n' or '\f' or '\r') continue;
                return Bad(c, freeText
                    ? $"{vr} allows no control characters except TAB, LF, FF, CR and ESC (PS3.5 6.1.3)."
                    : $"{vr} allows no control characters except ESC, so no line breaks or tabs (PS3.5 6.1.3, Table 6.2-1).");
            }
            if (c > '~' && defaultRepertoireOnly)
                return Bad(c, "that character is outside the default repertoire (ISO-IR 6) and the data set has no Specific Character Set (0008,0005) that provides it, e.g. ISO_IR 100 (Latin-1) or ISO_IR 192 (UTF-8) (PS3.5 6.1.2).");
            if (char.IsControl(c))
                return Bad(c, $"{vr} allows no control characters except ESC (PS3.5 6.1.3).");
        }
        return null;
    }

    private static DicomValueFault Bad(char c, string rule) =>
        new(DicomValidationProblemKind.BadCharacter, $"contains {DicomCharacterNames.Describe(c)}; {rule}");
}
