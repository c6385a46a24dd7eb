namespace PacsLab.Dicom.Query;

/// <summary>
/// Wild Card Matching (PS3.4 C.2.2.2.4), only for AE, CS, LO, LT, PN, SH, ST, UC, UR and UT: '*' matches any run
/// of characters including none, '?' matches exactly one character, and every other character is literal. PN
/// patterns are applied to the alphabetic group as stored, as <see cref="SingleValueMatch"/> describes.
/// </summary>
/// <param name="Pattern">The key value holding at least one '*' or '?', trimmed of insignificant padding.</param>
/// <param name="IgnoreCase">Compare without regard to letter case (set for PN unless the options ask otherwise).</param>
public sealed record WildcardMatch(DicomTag Tag, DicomVR VR, string Pattern, bool IgnoreCase = false) : QueryCondition(Tag, VR)
{
    /// <summary>The literal characters before the first wildcard: <c>DOE</c> for <c>DOE*</c> or <c>DOE?J*</c>.</summary>
    public string LiteralPrefix => Pattern[..FirstWildcard];

    /// <summary>
    /// True when the pattern is a literal prefix followed only by '*' (<c>ABC*</c>): a database can use a
    /// starts-with comparison on <see cref="LiteralPrefix"/> instead of evaluating the pattern.
    /// </summary>
    public bool IsPrefixPattern
    {
        get
        {
            var rest = Pattern.AsSpan(FirstWildcard);
            return rest.Length > 0 && !rest.ContainsAnyExcept('*');
        }
    }

    /// <summary>True for a PN pattern without '=': it is applied to the alphabetic group of the candidate only.</summary>
    public bool ComparesAlphabeticGroup => VR == DicomVR.PN && !Pattern.Contains('=', StringComparison.Ordinal);

    public override bool Matches(DicomDataset candidate)
    {
        foreach (var value in CandidateValues.Read(candidate, Tag))
        {
            var subject = VR == DicomVR.PN ? PersonNameText.Subject(value, ComparesAlphabeticGroup) : value;
            if (WildcardPattern.IsMatch(Pattern, subject, IgnoreCase)) return true;
        }
        return false;
    }

    private int FirstWildcard
    {
        get
        {
            var index = Pattern.AsSpan().IndexOfAny('*', '?');
            return index < 0 ? Pattern.Length : index;
        }
    }
}
