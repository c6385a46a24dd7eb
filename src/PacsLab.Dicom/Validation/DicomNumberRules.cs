using System.Text.RegularExpressions;

namespace PacsLab.Dicom;

/// <summary>IS and DS values (PS3.5 Table 6.2-1). Leading and trailing spaces are trimmed before these checks.</summary>
internal static partial class DicomNumberRules
{
    public static DicomValueFault? CheckIntegerString(string value)
    {
        if (!IntegerSyntax().IsMatch(value))
            return BadNumber("is not an integer; IS allows an optional + or - sign followed by digits, e.g. -12, with no spaces inside (PS3.5 Table 6.2-1).");
        var digits = value.TrimStart('+', '-').TrimStart('0');
        var outOfRange = digits.Length > 10 ||
            (long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is < int.MinValue or > int.MaxValue);
        return outOfRange
            ? BadNumber("is outside the range IS allows, -2147483648 to 2147483647 (-2^31 to 2^31-1, PS3.5 Table 6.2-1).")
            : null;
    }

    public static DicomValueFault? CheckDecimalString(string value) =>
        DecimalSyntax().IsMatch(value)
            ? null
            : BadNumber("is not a decimal number; DS allows an optional sign, digits with at most one decimal point and an optional exponent, e.g. 0.5, -12 or 1.5E-3, with no spaces inside (PS3.5 Table 6.2-1).");

    private static DicomValueFault BadNumber(string reason) => new(DicomValidationProblemKind.BadNumber, reason);

    [GeneratedRegex(@"^[+-]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerSyntax();

    // ANSI X3.9 fixed or floating point, as PS3.5 Table 6.2-1 refers to it.
    [GeneratedRegex(@"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalSyntax();
}
