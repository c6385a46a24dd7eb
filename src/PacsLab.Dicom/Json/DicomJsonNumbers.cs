using System.Globalization;

namespace PacsLab.Dicom;

/// <summary>
/// DS and IS values are JSON numbers in the DICOM JSON model (PS3.18 F.2.3, Table F.2.3-1). A DS or IS value is
/// text that JSON's number grammar (RFC 8259 section 6) mostly, but not always, accepts: DICOM allows a leading
/// '+', leading zeros, and ".5" or "5." forms that JSON does not.
/// </summary>
/// <remarks>
/// Choice: a value that already is a JSON number is written with its original digits (so "5.000000" stays
/// "5.000000" and reads back as the same text). Any other valid value is rewritten into the same number in JSON
/// form by moving characters only ("+05." becomes "5"), never through a binary float, so no precision is lost.
/// A value that is not a number at all is written as a JSON string, as a best effort that keeps the data.
/// </remarks>
internal static class DicomJsonNumbers
{
    /// <summary>The value as JSON number text, or null when it is not a decimal number.</summary>
    public static string? ToJsonNumber(string value)
    {
        var s = value.Trim();
        var negative = s.StartsWith('-');
        if (s.StartsWith('+') || negative) s = s[1..];

        var e = s.IndexOfAny(['e', 'E']);
        var mantissa = e >= 0 ? s[..e] : s;
        var exponent = e >= 0 ? s[(e + 1)..] : null;
        var dot = mantissa.IndexOf('.');
        var integer = dot >= 0 ? mantissa[..dot] : mantissa;
        var fraction = dot >= 0 ? mantissa[(dot + 1)..] : "";

        if (integer.Length + fraction.Length == 0 || !AllDigits(integer) || !AllDigits(fraction)) return null;
        if (exponent is not null)
        {
            var digits = exponent.StartsWith('+') || exponent.StartsWith('-') ? exponent[1..] : exponent;
            if (digits.Length == 0 || !AllDigits(digits)) return null;
        }

        integer = integer.TrimStart('0');
        if (integer.Length == 0) integer = "0";
        var json = (negative ? "-" : "") + integer + (fraction.Length > 0 ? "." + fraction : "");
        return exponent is null ? json : json + s[e] + exponent;
    }

    /// <summary>DS text for a JSON number literal: its own digits when they fit the 16 characters DS allows.</summary>
    public static string DecimalStringFromJson(string literal) =>
        literal.Length <= 16
            ? literal
            : DicomDecimalString.Format(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));

    /// <summary>IS text for a JSON number literal; 714.0 or 7.14e2 become 714, a fraction is refused.</summary>
    public static string IntegerStringFromJson(string literal)
    {
        if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exact))
            return exact.ToString(CultureInfo.InvariantCulture);
        var value = decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value != decimal.Truncate(value)) throw new FormatException($"{literal} is not an integer, so it cannot be an IS value.");
        return decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
    }

    private static bool AllDigits(string s) => s.All(char.IsAsciiDigit);
}
