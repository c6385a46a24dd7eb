namespace PacsLab.Dicom.Network.Pdu;

/// <summary>AE title fields of A-ASSOCIATE PDUs: 16 bytes, space padded, leading and trailing spaces not significant (PS3.8 9.3.2).</summary>
public static class AeTitle
{
    public const int FieldLength = 16;

    /// <summary>The title as compared: without leading or trailing spaces.</summary>
    public static string Normalize(string title) => title.Trim(' ');

    public static bool AreEqual(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);

    /// <summary>Why <paramref name="title"/> cannot be sent (PS3.5 Table 6.2-1, AE); null when it can.</summary>
    public static string? FindProblem(string title)
    {
        var trimmed = Normalize(title);
        if (trimmed.Length == 0) return "is empty or only spaces";
        if (trimmed.Length > FieldLength) return $"has {trimmed.Length} characters, more than {FieldLength}";
        foreach (var c in trimmed)
        {
            if (c == '\\') return "contains a backslash";
            if (c < 0x20 || c > 0x7E) return $"contains the character U+{(int)c:X4}, outside the DICOM default repertoire";
        }
        return null;
    }

    internal static string Read(ReadOnlySpan<byte> field)
    {
        Span<char> chars = stackalloc char[field.Length];
        for (var i = 0; i < field.Length; i++) chars[i] = (char)field[i];
        return new string(chars).Trim(' ', '\0');
    }

    internal static void Write(string title, Span<byte> field)
    {
        var trimmed = Normalize(title);
        field.Fill((byte)' ');
        for (var i = 0; i < trimmed.Length; i++) field[i] = (byte)trimmed[i];
    }
}
