namespace PacsLab.Dicom;

/// <summary>
/// UR values: characters RFC 3986 section 2 allows, '%' only as a %HH escape, no leading spaces
/// (PS3.5 Table 6.2-1). Trailing spaces are padding and are trimmed before this check.
/// </summary>
internal static class DicomUriRules
{
    // RFC 3986 2.2 reserved and 2.3 unreserved characters besides letters and digits.
    private const string Punctuation = "-._~:/?#[]@!$&'()*+,;=";

    public static DicomValueFault? Check(string value)
    {
        if (value.StartsWith(' '))
            return BadUri("starts with a space; UR values may not have leading spaces (PS3.5 Table 6.2-1).");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                    return BadUri("has a '%' that is not followed by two hexadecimal digits; '%' only starts an escape such as %20 (RFC 3986 2.1).");
                i += 2;
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c) || Punctuation.Contains(c)) continue;
            return BadUri($"contains {DicomCharacterNames.Describe(c)}, which a URI may not hold; write it percent-encoded, e.g. a space as %20 (RFC 3986 2, PS3.5 Table 6.2-1).");
        }
        return null;
    }

    private static DicomValueFault BadUri(string reason) => new(DicomValidationProblemKind.BadUri, reason);
}
