using System.Text;

namespace PacsLab.Dicom.Query;

/// <summary>
/// Evaluates a C-FIND wildcard pattern (PS3.4 C.2.2.2.4) by characters (Unicode scalar values, so '?' never splits
/// a surrogate pair). Only '*' and '?' are special; nothing is handed to a regular expression or SQL LIKE engine,
/// so characters such as '.', '[', '(', '+', '%', '_' and '\'' always match themselves.
/// </summary>
internal static class WildcardPattern
{
    private const int AnyRun = '*';
    private const int AnyOne = '?';

    public static bool IsMatch(string pattern, string text, bool ignoreCase)
    {
        var p = Scalars(pattern, ignoreCase);
        var t = Scalars(text, ignoreCase);
        int pi = 0, ti = 0, star = -1, resume = 0;
        while (ti < t.Length)
        {
            if (pi < p.Length && p[pi] == AnyRun)
            {
                star = pi++;
                resume = ti;
            }
            else if (pi < p.Length && (p[pi] == AnyOne || p[pi] == t[ti]))
            {
                pi++;
                ti++;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                ti = ++resume;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == AnyRun) pi++;
        return pi == p.Length;
    }

    private static int[] Scalars(string text, bool ignoreCase)
    {
        var result = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes()) result.Add((ignoreCase ? Rune.ToUpperInvariant(rune) : rune).Value);
        return [.. result];
    }
}
