namespace PacsLab.Pacs.Network;

/// <summary>PS3.5 6.2 (AE VR): at most 16 characters, no backslash or control characters, not only spaces.</summary>
public static class AeTitleRules
{
    public static void Check(string? aeTitle)
    {
        if (string.IsNullOrWhiteSpace(aeTitle))
            throw new ArgumentException("the AE title is empty; an AE title has 1 to 16 characters and is not only spaces");
        var trimmed = aeTitle.Trim();
        if (trimmed.Length > 16)
            throw new ArgumentException($"the AE title '{trimmed}' has {trimmed.Length} characters; DICOM allows at most 16");
        if (trimmed.Any(c => c == '\\' || char.IsControl(c) || c > 0x7E))
            throw new ArgumentException($"the AE title '{trimmed}' contains a backslash, a control character or a non-ASCII character, which DICOM does not allow");
    }
}
