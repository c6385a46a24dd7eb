namespace PacsLab.Dicom;

/// <summary>The rules a UID value must follow (PS3.5 9.1), shared by the generator and the validator.</summary>
public static class DicomUid
{
    /// <summary>PS3.5 9.1: a UID is at most 64 characters, padding excluded.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// True for a UID of at most 64 characters made of dot-separated numeric components, none empty and none
    /// starting with 0 unless it is the single digit "0". Padding must already be removed.
    /// </summary>
    public static bool IsValid(string? uid) =>
        uid is { Length: > 0 and <= MaxLength } && FindSyntaxProblem(uid) is null;

    /// <summary>Why <paramref name="uid"/> breaks PS3.5 9.1 (length aside), in plain words; null when it does not.</summary>
    internal static string? FindSyntaxProblem(string uid)
    {
        if (uid.Length == 0) return "is empty";
        var start = 0;
        for (var i = 0; i <= uid.Length; i++)
        {
            if (i < uid.Length && uid[i] != '.')
            {
                if (!char.IsAsciiDigit(uid[i])) return DescribeBadCharacter(uid[i]);
                continue;
            }
            var length = i - start;
            if (length == 0) return "has an empty component (a dot at the start or end, or two dots in a row)";
            if (length > 1 && uid[start] == '0')
                return $"has the component '{uid[start..i]}' that starts with 0; only the component 0 itself may start with 0";
            start = i + 1;
        }
        return null;
    }

    private static string DescribeBadCharacter(char c) => c switch
    {
        ' ' => "contains a space; UIDs hold only digits and dots and are padded with NUL (00H), never with spaces",
        '\0' => "contains a NUL (00H) before its end; NUL may only pad the value to an even length",
        _ => $"contains {DicomCharacterNames.Describe(c)}; UIDs hold only the digits 0-9 and dots",
    };
}
