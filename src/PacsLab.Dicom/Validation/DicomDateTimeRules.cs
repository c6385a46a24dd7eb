using System.Globalization;

namespace PacsLab.Dicom;

/// <summary>The forms of DA, TM and DT values in a stored data set (PS3.5 Table 6.2-1); query ranges are not values.</summary>
internal static class DicomDateTimeRules
{
    private const string DateForm = "DA values are 8 digits YYYYMMDD, e.g. 20240131 (PS3.5 Table 6.2-1).";
    private const string TimeForm = "TM values are HH, HHMM, HHMMSS or HHMMSS.FFFFFF with 1 to 6 fraction digits, e.g. 143005.25 (PS3.5 Table 6.2-1).";
    private const string DateTimeForm = "DT values are YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]] with an optional UTC offset &ZZXX, e.g. 20240131143005.25+0100 (PS3.5 Table 6.2-1).";

    public static DicomValueFault? CheckDate(string value)
    {
        if (value.Length == 10 && value[4] == '.' && value[7] == '.')
            return BadDate("uses the old ACR-NEMA form YYYY.MM.DD; DICOM dates have no separators. " + DateForm);
        if (value.Contains('-'))
            return BadDate("looks like a date range; ranges are allowed only in query keys, a stored value is one date. " + DateForm);
        if (value.Length != 8 || !IsDigits(value)) return BadDate("is not a date. " + DateForm);
        if (!IsRealDate(Number(value, 0, 4), Number(value, 4, 2), Number(value, 6, 2)))
            return BadDate("is not a real calendar date: the month must be 01-12 and the day must exist in that month. " + DateForm);
        return null;
    }

    public static DicomValueFault? CheckTime(string value)
    {
        if (value.Contains(':'))
            return BadTime("uses the old ACR-NEMA form HH:MM:SS; DICOM times have no colons. " + TimeForm);
        if (value.Contains('-'))
            return BadTime("looks like a time range; ranges are allowed only in query keys. " + TimeForm);
        var dot = value.IndexOf('.');
        var main = dot >= 0 ? value[..dot] : value;
        var fraction = dot >= 0 ? value[(dot + 1)..] : null;
        if (main.Length is not (2 or 4 or 6) || !IsDigits(main)) return BadTime("is not a time. " + TimeForm);
        if (fraction is not null && (main.Length != 6 || fraction.Length is 0 or > 6 || !IsDigits(fraction)))
            return BadTime("has a fraction that is not 1 to 6 digits after HHMMSS. " + TimeForm);
        if (!IsRealTime(main, 0)) return BadTime(TimeRangeRule);
        return null;
    }

    public static DicomValueFault? CheckDateTime(string value)
    {
        var sign = value.Length > 4 ? value.IndexOfAny(['+', '-'], 4) : -1;
        var main = sign >= 0 ? value[..sign] : value;
        var dot = main.IndexOf('.');
        var digits = dot >= 0 ? main[..dot] : main;
        var fraction = dot >= 0 ? main[(dot + 1)..] : null;
        if (digits.Length is < 4 or > 14 || digits.Length % 2 == 1 || !IsDigits(digits))
            return BadDateTime("is not a date and time. " + DateTimeForm);
        if (fraction is not null && (digits.Length != 14 || fraction.Length is 0 or > 6 || !IsDigits(fraction)))
            return BadDateTime("has a fraction that is not 1 to 6 digits after the seconds. " + DateTimeForm);
        var month = digits.Length >= 6 ? Number(digits, 4, 2) : 1;
        var day = digits.Length >= 8 ? Number(digits, 6, 2) : 1;
        if (!IsRealDate(Number(digits, 0, 4), month, day))
            return BadDateTime("does not hold a real calendar date: the month must be 01-12 and the day must exist in that month. " + DateTimeForm);
        if (digits.Length > 8 && !IsRealTime(digits, 8)) return BadDateTime(TimeRangeRule);
        if (sign >= 0)
        {
            var offset = value[(sign + 1)..];
            if (offset.Length > 4 && value[sign] == '-')
                return BadDateTime("looks like a date-time range; ranges are allowed only in query keys. " + DateTimeForm);
            if (offset.Length != 4 || !IsDigits(offset))
                return BadDateTime("has a UTC offset that is not a sign and 4 digits &ZZXX, e.g. +0100. " + DateTimeForm);
            var minutes = Number(offset, 0, 2) * 60 + Number(offset, 2, 2);
            if (Number(offset, 2, 2) > 59 || (value[sign] == '-' ? minutes > 12 * 60 : minutes > 14 * 60))
                return BadDateTime("has a UTC offset outside -1200 to +1400 (PS3.5 Table 6.2-1).");
        }
        return null;
    }

    private const string TimeRangeRule =
        "is not a time of day: hours are 00-23, minutes 00-59, seconds 00-60 (60 only for a leap second) (PS3.5 Table 6.2-1).";

    private static bool IsRealTime(string digits, int start)
    {
        if (Number(digits, start, 2) > 23) return false;
        if (digits.Length >= start + 4 && Number(digits, start + 2, 2) > 59) return false;
        return digits.Length < start + 6 || Number(digits, start + 4, 2) <= 60;
    }

    private static bool IsRealDate(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static int Number(string s, int start, int length) => int.Parse(s.AsSpan(start, length), CultureInfo.InvariantCulture);

    private static DicomValueFault BadDate(string reason) => new(DicomValidationProblemKind.BadDate, reason);
    private static DicomValueFault BadTime(string reason) => new(DicomValidationProblemKind.BadTime, reason);
    private static DicomValueFault BadDateTime(string reason) => new(DicomValidationProblemKind.BadDateTime, reason);
}
