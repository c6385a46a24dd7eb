using System.Globalization;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>Patient's Age (0010,1010) as an AS value (PS3.5 6.2): years, or months, weeks or days for the very young.</summary>
internal static class PatientAge
{
    public static string? At(string? birthDate, DateTime when)
    {
        if (birthDate is null || !DateOnly.TryParseExact(birthDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born)) return null;
        var on = DateOnly.FromDateTime(when);
        if (on < born) return null;
        var months = (on.Year - born.Year) * 12 + on.Month - born.Month - (on.Day < born.Day ? 1 : 0);
        var days = on.DayNumber - born.DayNumber;
        return months >= 24 ? Format(months / 12, 'Y')
            : months >= 1 ? Format(months, 'M')
            : days >= 7 ? Format(days / 7, 'W')
            : Format(days, 'D');
    }

    private static string Format(int value, char unit) => Math.Min(value, 999).ToString("D3", CultureInfo.InvariantCulture) + unit;
}
