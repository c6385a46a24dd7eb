namespace PacsLab.Dicom;

/// <summary>Names characters the way the standard does in messages: "CR (0DH)", "'a' (61H)".</summary>
internal static class DicomCharacterNames
{
    public static string Describe(char c) => c switch
    {
        '\0' => "NUL (00H)",
        '\t' => "TAB (09H)",
        '\n' => "LF (0AH)",
        '\f' => "FF (0CH)",
        '\r' => "CR (0DH)",
        '\x1B' => "ESC (1BH)",
        '\x7F' => "DEL (7FH)",
        '\uFFFD' => "bytes that are not valid in the Specific Character Set in force",
        < ' ' => $"the control character {(int)c:X2}H",
        _ when char.IsControl(c) => $"the control character {(int)c:X4}H",
        _ => $"'{c}' ({(int)c:X2}H)",
    };

    /// <summary>A value as it can be quoted in a message: control characters shown by code, long values cut.</summary>
    public static string Quote(string value)
    {
        const int limit = 64;
        var builder = new System.Text.StringBuilder(Math.Min(value.Length, limit) + 8);
        foreach (var c in value.Length > limit ? value[..limit] : value)
        {
            if (c < ' ' || char.IsControl(c)) builder.Append('<').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append("H>");
            else builder.Append(c);
        }
        if (value.Length > limit) builder.Append("...");
        return builder.ToString();
    }
}
