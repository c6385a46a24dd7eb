using System.Globalization;

namespace PacsLab.Dicom.Query;

/// <summary>
/// Equality of one key value and one candidate value for Single Value Matching (PS3.4 C.2.2.2.1), by VR: dates and
/// times by the period they name (PS3.5 6.2), numbers by value, everything else character for character.
/// </summary>
internal static class ValueComparison
{
    public static bool AreEqual(DicomVR vr, string key, string candidate, bool ignoreCase)
    {
        if (QueryMatchingRules.AllowsRange(vr)
            && TemporalValue.TryParse(vr, key, out var keyPeriod)
            && TemporalValue.TryParse(vr, candidate, out var candidatePeriod))
        {
            return keyPeriod.Contains(candidatePeriod);
        }
        if (IsNumeric(vr) && NumbersEqual(key, candidate) is { } same) return same;
        return string.Equals(key, candidate, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static bool IsNumeric(DicomVR vr) =>
        vr == DicomVR.IS || vr == DicomVR.DS || (vr.Kind == DicomVRKind.Binary && vr != DicomVR.AT);

    /// <summary>Exact decimal comparison where both fit, else double (DS allows exponents beyond decimal's range).</summary>
    private static bool? NumbersEqual(string key, string candidate)
    {
        const NumberStyles style = NumberStyles.Float;
        var culture = CultureInfo.InvariantCulture;
        if (decimal.TryParse(key, style, culture, out var a) && decimal.TryParse(candidate, style, culture, out var b)) return a == b;
        if (double.TryParse(key, style, culture, out var x) && double.TryParse(candidate, style, culture, out var y)) return x.Equals(y);
        return null;
    }
}
