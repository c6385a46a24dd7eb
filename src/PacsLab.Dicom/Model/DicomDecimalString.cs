using System.Globalization;

namespace PacsLab.Dicom;

/// <summary>Formats a double as a DS value: at most 16 characters, as precise as fits (PS3.5 6.2 DS).</summary>
public static class DicomDecimalString
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), "DS cannot hold NaN or infinity.");
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        if (r.Length <= 16) return r;
        for (var digits = 15; digits > 0; digits--)
        {
            var g = value.ToString("G" + digits, CultureInfo.InvariantCulture);
            if (g.Length <= 16) return g;
        }
        return value.ToString("E8", CultureInfo.InvariantCulture);
    }
}
