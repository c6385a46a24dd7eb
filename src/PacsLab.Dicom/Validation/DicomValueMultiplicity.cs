using System.Globalization;
using System.Text.RegularExpressions;

namespace PacsLab.Dicom;

/// <summary>
/// A value multiplicity as PS3.6 writes it (PS3.5 6.4): "1" (exactly), "1-3" (a range), "1-n" (at least),
/// "2-2n" (a multiple of 2, at least 2). <see cref="Maximum"/> is null for "n"; <see cref="Step"/> is 1 unless
/// the count must be a multiple of something.
/// </summary>
public readonly partial record struct DicomValueMultiplicity(int Minimum, int? Maximum, int Step)
{
    public bool IsUnbounded => Maximum is null;

    public bool Allows(int count) =>
        count >= Minimum && (Maximum is null || count <= Maximum) && (Step <= 1 || count % Step == 0);

    public static DicomValueMultiplicity Parse(string text) =>
        TryParse(text, out var vm)
            ? vm
            : throw new FormatException($"'{text}' is not a value multiplicity; PS3.6 writes them as 1, 1-3, 1-n or 2-2n.");

    public static bool TryParse(string? text, out DicomValueMultiplicity multiplicity)
    {
        multiplicity = default;
        var match = text is null ? null : Syntax().Match(text.Trim());
        if (match is not { Success: true }) return false;
        if (!int.TryParse(match.Groups["min"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var min)) return false;
        if (match.Groups["max"].Success)
        {
            if (!int.TryParse(match.Groups["max"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max < min) return false;
            multiplicity = new(min, max, 1);
            return true;
        }
        if (match.Groups["n"].Success)
        {
            var step = 1;
            if (match.Groups["step"].Value.Length > 0 &&
                !int.TryParse(match.Groups["step"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out step)) return false;
            if (step < 1) return false;
            multiplicity = new(min, null, step);
            return true;
        }
        multiplicity = new(min, min, 1);
        return true;
    }

    /// <summary>In words for a message: "exactly 1 value", "1 to 3 values", "at least 2 values", "2, 4, 6 ... values".</summary>
    public string Describe()
    {
        if (Maximum == Minimum) return Minimum == 1 ? "exactly 1 value" : $"exactly {Minimum} values";
        if (Maximum is { } max) return $"{Minimum} to {max} values";
        if (Step <= 1) return Minimum == 1 ? "at least 1 value" : $"at least {Minimum} values";
        if (Minimum == Step) return $"{Step}, {2 * Step}, {3 * Step} ... values (a multiple of {Step})";
        return $"at least {Minimum} values, in multiples of {Step}";
    }

    public override string ToString()
    {
        if (Maximum == Minimum) return Minimum.ToString(CultureInfo.InvariantCulture);
        if (Maximum is { } max) return $"{Minimum}-{max}";
        return Step <= 1 ? $"{Minimum}-n" : $"{Minimum}-{Step}n";
    }

    [GeneratedRegex(@"^(?<min>[0-9]+)(-((?<max>[0-9]+)|(?<step>[0-9]*)(?<n>n)))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
