namespace PacsLab.Dicom.Query;

/// <summary>
/// Single Value Matching (PS3.4 C.2.2.2.1): the candidate's value must equal <see cref="Value"/>. Comparison is
/// exact and case-sensitive, with these refinements:
/// <list type="bullet">
/// <item>PN: compared with the whole alphabetic component group as stored (e.g. <c>DOE^JOHN</c>, trailing '^'
/// ignored), or with the whole value when the key itself holds '='; case-insensitive when <see cref="IgnoreCase"/>
/// is set, which PS3.4 C.2.2.2.1 allows for PN only.</item>
/// <item>DA, TM, DT: compared as dates and times; a key written with less precision covers the whole period it
/// names, so TM <c>1030</c> matches 10:30:00 to 10:30:59.999999 (PS3.5 6.2 partial values).</item>
/// <item>IS, DS and binary numbers: compared as numbers, so <c>1</c> equals <c>1.0</c>.</item>
/// </list>
/// Trailing spaces are insignificant on every string VR (PS3.5 6.2) and are never part of <see cref="Value"/>.
/// </summary>
/// <param name="Value">The key value, trimmed of insignificant padding.</param>
/// <param name="IgnoreCase">Compare without regard to letter case (set for PN unless the options ask otherwise).</param>
public sealed record SingleValueMatch(DicomTag Tag, DicomVR VR, string Value, bool IgnoreCase = false) : QueryCondition(Tag, VR)
{
    /// <summary>True for a PN key without '=': it is compared with the alphabetic group of the candidate only.</summary>
    public bool ComparesAlphabeticGroup => VR == DicomVR.PN && !Value.Contains('=', StringComparison.Ordinal);

    public override bool Matches(DicomDataset candidate)
    {
        var key = VR == DicomVR.PN ? PersonNameText.Normalise(Value) : Value;
        foreach (var value in CandidateValues.Read(candidate, Tag))
        {
            var subject = VR == DicomVR.PN ? PersonNameText.Subject(value, ComparesAlphabeticGroup) : value;
            if (ValueComparison.AreEqual(VR, key, subject, IgnoreCase)) return true;
        }
        return false;
    }
}
