using System.Globalization;

namespace PacsLab.Dicom;

/// <summary>Parses DA, TM and DT values (PS3.5 6.2), including the older "YYYY.MM.DD" and "HH:MM:SS" forms.</summary>
public static class DicomDateTimeParser
{
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        var s = text.Trim();
        if (s.Length == 10 && s[4] == '.' && s[7] == '.') s = s.Remove(7, 1).Remove(4, 1); // ACR-NEMA 2.0 form
        if (s.Length != 8 || !s.All(char.IsAsciiDigit)) return false;
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>HH, HHMM, HHMMSS or HHMMSS.FFFFFF; a leap second 60 is read as 59.999999.</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var s = text.Trim().Replace(":", "", StringComparison.Ordinal);
        if (s.Length < 2) return false;
        var dot = s.IndexOf('.');
        var main = dot >= 0 ? s[..dot] : s;
        var fraction = dot >= 0 ? s[(dot + 1)..] : "";
        if (main.Length is not (2 or 4 or 6) || !main.All(char.IsAsciiDigit)) return false;
        if (fraction.Length > 6 || !fraction.All(char.IsAsciiDigit) || (dot >= 0 && main.Length != 6)) return false;
        var hour = int.Parse(main[..2], CultureInfo.InvariantCulture);
        var minute = main.Length >= 4 ? int.Parse(main[2..4], CultureInfo.InvariantCulture) : 0;
        var second = main.Length >= 6 ? int.Parse(main[4..6], CultureInfo.InvariantCulture) : 0;
        var micro = fraction.Length > 0 ? int.Parse(fraction.PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
        if (second == 60) { second = 59; micro = 999_999; }
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeOnly(hour, minute, second).Add(TimeSpan.FromTicks(micro * 10L));
        return true;
    }

    /// <summary>YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&amp;ZZXX]; missing parts take their lowest value.</summary>
    public static bool TryParseDateTime(string text, out DicomDateTime value)
    {
        value = default;
        var s = text.Trim();
        TimeSpan? offset = null;
        var sign = s.IndexOfAny(['+', '-'], 4);
        if (sign >= 0)
        {
            var z = s[(sign + 1)..];
            if (z.Length != 4 || !z.All(char.IsAsciiDigit)) return false;
            var o = new TimeSpan(int.Parse(z[..2], CultureInfo.InvariantCulture), int.Parse(z[2..], CultureInfo.InvariantCulture), 0);
            offset = s[sign] == '-' ? -o : o;
            s = s[..sign];
        }
        var dot = s.IndexOf('.');
        var main = dot >= 0 ? s[..dot] : s;
        if (main.Length is < 4 or > 14 || main.Length % 2 == 1 || !main.All(char.IsAsciiDigit)) return false;
        int Part(int start, int fallback) => main.Length >= start + 2 ? int.Parse(main.AsSpan(start, 2), CultureInfo.InvariantCulture) : fallback;
        var year = int.Parse(main[..4], CultureInfo.InvariantCulture);
        int month = Part(4, 1), day = Part(6, 1), hour = Part(8, 0), minute = Part(10, 0), second = Part(12, 0);
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return false;
        if (second == 60) second = 59;
        var dt = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        if (dot >= 0)
        {
            var fraction = s[(dot + 1)..];
            if (main.Length != 14 || fraction.Length is 0 or > 6 || !fraction.All(char.IsAsciiDigit)) return false;
            dt = dt.AddTicks(int.Parse(fraction.PadRight(6, '0'), CultureInfo.InvariantCulture) * 10L);
        }
        value = new DicomDateTime(dt, offset);
        return true;
    }
}
