using System.CommandLine.Parsing;
using System.Globalization;

namespace PacsLab.Cli;

/// <summary>
/// A parser for whole-number arguments and options that reports a bad or out-of-range value as a parse error.
/// A validator cannot do this: System.CommandLine runs validators on values it could not convert, and reading
/// such a value throws.
/// </summary>
internal static class NumberInRange
{
    public static Func<ArgumentResult, int> Parser(string name, int minimum, int maximum) => result =>
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
            return value;
        result.AddError($"{name} must be a whole number from {minimum} to {maximum}, not '{token}'.");
        return default;
    };
}
