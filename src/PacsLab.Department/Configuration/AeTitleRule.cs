namespace PacsLab.Department.Configuration;

/// <summary>PS3.5 6.2, AE value representation: 1 to 16 characters, not only spaces, no backslash or control characters.</summary>
public static class AeTitleRule
{
    public const int MaxLength = 16;

    /// <summary>What is wrong with the title, or null when it is a valid AE title.</summary>
    public static string? Problem(string? aeTitle)
    {
        if (string.IsNullOrWhiteSpace(aeTitle)) return "the AE title is empty; an AE title has 1 to 16 characters and is not only spaces";
        var trimmed = aeTitle.Trim();
        if (trimmed.Length > MaxLength)
            return $"the AE title '{trimmed}' has {trimmed.Length} characters; DICOM allows at most {MaxLength}";
        if (trimmed.Any(c => c == '\\' || char.IsControl(c) || c > 0x7E))
            return $"the AE title '{trimmed}' contains a backslash, a control character or a non-ASCII character, which DICOM does not allow";
        return null;
    }
}
