namespace PacsLab.Dicom.Query;

/// <summary>
/// Reads one value of a DA, TM or DT key as a single value (PS3.4 C.2.2.2.1) or a range (PS3.4 C.2.2.2.5).
/// In DT the '-' that separates the ends of a range can also be the sign of a UTC offset (&amp;ZZXX), so a DT value
/// that is a valid date-time as a whole is a single value, and otherwise every '-' is tried as the separator.
/// </summary>
internal static class TemporalKeyParser
{
    public static QueryCondition Parse(DicomTag tag, DicomVR vr, string value)
    {
        if (vr == DicomVR.DT && TemporalValue.TryParse(vr, value, out _)) return new SingleValueMatch(tag, vr, value);
        var dashes = CountDashes(value);
        if (dashes == 0) return Single(tag, vr, value);
        if (vr != DicomVR.DT)
        {
            if (dashes > 1)
                throw new DicomQueryException(tag, value,
                    $"it holds more than one '-'. A {TemporalKeyText.Describe(vr)} has no separators, and '-' only separates the two ends of a range, e.g. {TemporalKeyText.RangeExample(vr)}.");
            var dash = value.IndexOf('-', StringComparison.Ordinal);
            return new RangeMatch(tag, vr, value[..dash], value[(dash + 1)..]);
        }
        return DateTimeRange(tag, value);
    }

    private static SingleValueMatch Single(DicomTag tag, DicomVR vr, string value)
    {
        if (TemporalValue.TryParse(vr, value, out _)) return new SingleValueMatch(tag, vr, value);
        var wildcards = value.AsSpan().IndexOfAny('*', '?') >= 0
            ? $" Wildcards * and ? are not allowed on {vr} keys (PS3.4 C.2.2.2.4); use a range such as {TemporalKeyText.RangeExample(vr)}."
            : "";
        throw new DicomQueryException(tag, value, $"it is not a valid {TemporalKeyText.Describe(vr)}.{wildcards}");
    }

    private static RangeMatch DateTimeRange(DicomTag tag, string value)
    {
        DicomQueryException? firstProblem = null;
        for (var dash = value.IndexOf('-', StringComparison.Ordinal); dash >= 0; dash = value.IndexOf('-', dash + 1))
        {
            var lower = value[..dash];
            var upper = value[(dash + 1)..];
            if (!IsEmptyOrDateTime(lower) || !IsEmptyOrDateTime(upper)) continue;
            try
            {
                return new RangeMatch(tag, DicomVR.DT, lower, upper);
            }
            catch (DicomQueryException ex)
            {
                firstProblem ??= ex;
            }
        }
        throw firstProblem ?? new DicomQueryException(tag, value,
            $"it is neither a {TemporalKeyText.Describe(DicomVR.DT)} nor a range of two such values, e.g. {TemporalKeyText.RangeExample(DicomVR.DT)}.");
    }

    private static bool IsEmptyOrDateTime(string text) =>
        string.IsNullOrWhiteSpace(text) || TemporalValue.TryParse(DicomVR.DT, text, out _);

    private static int CountDashes(string value) => value.Count(c => c == '-');
}
