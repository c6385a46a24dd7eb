using System.Globalization;

namespace PacsLab.Scenarios.Loading;

/// <summary>PS3.5 Table 6.2-1, DA: a date written YYYYMMDD that exists in the calendar.</summary>
internal static class DicomDateRule
{
    public static bool IsValid(string text) =>
        text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
