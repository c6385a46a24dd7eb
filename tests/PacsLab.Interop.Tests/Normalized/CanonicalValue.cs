using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace PacsLab.Interop.Tests;

/// <summary>The canonical text of one value, shared by both sides of a comparison (see pydicom_values.py).</summary>
public static class CanonicalValue
{
    /// <summary>Bytes as lowercase hex up to 64 bytes, else "sha256:&lt;hex&gt;:&lt;length&gt;".</summary>
    public static string Bytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length <= 64
            ? Convert.ToHexStringLower(bytes)
            : $"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}:{bytes.Length}";

    public static string Integer(BigInteger value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Real(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A JSON number token as Python printed it: integers stay exact, reals go through double.</summary>
    public static string FromJsonNumber(string token)
    {
        if (token.IndexOfAny(['.', 'e', 'E']) < 0) return Integer(BigInteger.Parse(token, CultureInfo.InvariantCulture));
        return Real(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Trailing spaces and NULs go; leading spaces too, except where PS3.5 keeps them significant. A PN also loses
    /// trailing empty component groups, which PS3.5 6.2.1.1 makes insignificant ("A^B=" is "A^B").
    /// </summary>
    public static string Text(string value, string vr)
    {
        var trimmed = value.TrimEnd(' ', '\0');
        if (vr == "PN") return trimmed.TrimEnd('=');
        return vr is "ST" or "LT" or "UT" or "UR" ? trimmed : trimmed.TrimStart(' ');
    }

    /// <summary>An empty value and a single empty string are both [].</summary>
    public static IReadOnlyList<string> EmptyAsNone(IReadOnlyList<string> values) =>
        values.Count == 1 && values[0].Length == 0 ? [] : values;
}
