using System.Globalization;

namespace PacsLab.Dicom.Query;

/// <summary>
/// A DA, TM or DT value as the period it names at the precision it was written with (PS3.5 6.2): <c>2024</c> as a
/// DT is the whole year, <c>1030</c> as a TM the whole minute, a DA the whole day. TM values sit on 0001-01-01.
/// A DT's UTC offset is kept apart; instants are compared in UTC only when both carry an offset, otherwise as the
/// local clock readings written (PS3.4 C.2.2.2.5 takes the offset into account where it is present).
/// </summary>
/// <param name="Earliest">The first instant of the period (clock value, offset not applied).</param>
/// <param name="Latest">The last instant of the period, to the 100 ns tick.</param>
/// <param name="Offset">The DT offset from UTC (&amp;ZZXX), when the value has one.</param>
public readonly record struct TemporalValue(DateTime Earliest, DateTime Latest, TimeSpan? Offset)
{
    private static readonly TimeSpan LargestOffset = TimeSpan.FromHours(14);

    /// <summary>Parses a value of VR DA, TM or DT; false for any other VR or for text that is not such a value.</summary>
    public static bool TryParse(DicomVR vr, string text, out TemporalValue value)
    {
        value = default;
        if (vr == DicomVR.DA) return TryParseDate(text, out value);
        if (vr == DicomVR.TM) return TryParseTime(text, out value);
        if (vr == DicomVR.DT) return TryParseDateTime(text, out value);
        return false;
    }

    /// <summary>Whether the first instant of <paramref name="other"/> lies within this period.</summary>
    public bool Contains(TemporalValue other) =>
        Compare(other.Earliest, other.Offset, Earliest, Offset) >= 0 && Compare(other.Earliest, other.Offset, Latest, Offset) <= 0;

    /// <summary>Orders two clock values, in UTC when both have an offset.</summary>
    internal static int Compare(DateTime a, TimeSpan? aOffset, DateTime b, TimeSpan? bOffset)
    {
        long left = a.Ticks, right = b.Ticks;
        if (aOffset is { } ao && bOffset is { } bo)
        {
            left -= ao.Ticks;
            right -= bo.Ticks;
        }
        return left.CompareTo(right);
    }

    private static bool TryParseDate(string text, out TemporalValue value)
    {
        value = default;
        if (!DicomDateTimeParser.TryParseDate(text, out var date)) return false;
        var start = date.ToDateTime(TimeOnly.MinValue);
        value = new TemporalValue(start, LastTick(start, s => s.AddDays(1)), null);
        return true;
    }

    private static bool TryParseTime(string text, out TemporalValue value)
    {
        value = default;
        if (!DicomDateTimeParser.TryParseTime(text, out var time)) return false;
        var s = text.Trim().Replace(":", "", StringComparison.Ordinal);
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        var mainLength = dot >= 0 ? dot : s.Length;
        var fractionDigits = dot >= 0 ? s.Length - dot - 1 : 0;
        var precision = fractionDigits > 0
            ? FractionPrecision(fractionDigits)
            : mainLength switch { 2 => TimeSpan.FromHours(1), 4 => TimeSpan.FromMinutes(1), _ => TimeSpan.FromSeconds(1) };
        var start = DateTime.MinValue.Add(time.ToTimeSpan());
        value = new TemporalValue(start, LastTick(start, x => x.Add(precision)), null);
        return true;
    }

    private static bool TryParseDateTime(string text, out TemporalValue value)
    {
        value = default;
        var s = text.Trim();
        if (s.Length < 4 || !DicomDateTimeParser.TryParseDateTime(s, out var parsed)) return false;
        var sign = s.IndexOfAny(['+', '-'], 4);
        if (sign >= 0 && !IsPlausibleOffset(s[(sign + 1)..])) return false;
        var core = sign >= 0 ? s[..sign] : s;
        var dot = core.IndexOf('.', StringComparison.Ordinal);
        var mainLength = dot >= 0 ? dot : core.Length;
        var fractionDigits = dot >= 0 ? core.Length - dot - 1 : 0;
        Func<DateTime, DateTime> next = mainLength switch
        {
            4 => x => x.AddYears(1),
            6 => x => x.AddMonths(1),
            8 => x => x.AddDays(1),
            10 => x => x.AddHours(1),
            12 => x => x.AddMinutes(1),
            _ when fractionDigits > 0 => x => x.Add(FractionPrecision(fractionDigits)),
            _ => x => x.AddSeconds(1),
        };
        var start = parsed.DateTime;
        value = new TemporalValue(start, LastTick(start, next), parsed.Offset);
        return true;
    }

    // PS3.5 Table 6.2-1: &ZZXX with ZZ hours and XX minutes; real offsets lie between -12:00 and +14:00.
    private static bool IsPlausibleOffset(string digits)
    {
        if (digits.Length != 4) return false;
        var hours = int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var minutes = int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        return minutes <= 59 && new TimeSpan(hours, minutes, 0) <= LargestOffset;
    }

    private static TimeSpan FractionPrecision(int digits)
    {
        var microseconds = 1L;
        for (var i = digits; i < 6; i++) microseconds *= 10;
        return TimeSpan.FromTicks(microseconds * TimeSpan.TicksPerMicrosecond);
    }

    private static DateTime LastTick(DateTime start, Func<DateTime, DateTime> next)
    {
        try
        {
            return next(start).AddTicks(-1);
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTime.MaxValue;
        }
    }
}
