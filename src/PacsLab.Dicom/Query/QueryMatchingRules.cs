namespace PacsLab.Dicom.Query;

/// <summary>Which kinds of matching a key's VR allows (PS3.4 C.2.2.2).</summary>
public static class QueryMatchingRules
{
    /// <summary>'*' and '?' are wildcards only on these VRs; elsewhere they are literal characters (PS3.4 C.2.2.2.4).</summary>
    public static bool AllowsWildcards(DicomVR vr) =>
        vr == DicomVR.AE || vr == DicomVR.CS || vr == DicomVR.LO || vr == DicomVR.LT || vr == DicomVR.PN
        || vr == DicomVR.SH || vr == DicomVR.ST || vr == DicomVR.UC || vr == DicomVR.UR || vr == DicomVR.UT;

    /// <summary>Range Matching applies to dates, times and date-times (PS3.4 C.2.2.2.5).</summary>
    public static bool AllowsRange(DicomVR vr) => vr == DicomVR.DA || vr == DicomVR.TM || vr == DicomVR.DT;

    /// <summary>A value made only of '*' is Universal Matching on a VR that allows wildcards (PS3.4 C.2.2.2.4 note).</summary>
    public static bool IsOnlyStars(string value) => value.Length > 0 && !value.AsSpan().ContainsAnyExcept('*');

    /// <summary>Whether a key value holds a wildcard character.</summary>
    public static bool HasWildcard(string value) => value.AsSpan().IndexOfAny('*', '?') >= 0;
}
