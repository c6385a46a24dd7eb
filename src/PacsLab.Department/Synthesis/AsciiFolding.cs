using System.Text;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Text reduced to ASCII letters as a person would write it without accents: É as E, Ł as L, ß as ss. For
/// folder names and for the burned-in font, which have no other letters. A table rather than Unicode
/// decomposition, which the invariant-globalization build does not do.
/// </summary>
internal static class AsciiFolding
{
    // The base letter of each character from U+00C0 to U+017F (Latin-1 Supplement letters and Latin Extended-A);
    // '?' where there is none (×, ÷) or where it takes more than one letter (see Special).
    private const string LatinBase =
        "AAAAAA?CEEEEIIII?NOOOOO??UUUUY??aaaaaa?ceeeeiiii?nooooo??uuuuy?yAaAaAaCcCcCcCcDd??EeEeEeEeEeGgGgGgGgHh??IiIiIiIiI???JjKk?LlLlLl????NnNnNn???OoOoOo??RrRrRrSsSsSsSsTtTt??UuUuUuUuUuUuWwYyYZzZzZz?";

    private static readonly Dictionary<char, string> Special = new()
    {
        ['Æ'] = "AE", ['æ'] = "ae", ['Ð'] = "D", ['ð'] = "d", ['Ø'] = "O", ['ø'] = "o", ['Þ'] = "TH", ['þ'] = "th", ['ß'] = "ss",
        ['Đ'] = "D", ['đ'] = "d", ['Ħ'] = "H", ['ħ'] = "h", ['ı'] = "i", ['Ĳ'] = "IJ", ['ĳ'] = "ij", ['ĸ'] = "k",
        ['Ŀ'] = "L", ['ŀ'] = "l", ['Ł'] = "L", ['ł'] = "l", ['ŉ'] = "n", ['Ŋ'] = "N", ['ŋ'] = "n", ['Œ'] = "OE", ['œ'] = "oe",
        ['Ŧ'] = "T", ['ŧ'] = "t", ['ſ'] = "s",
    };

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.TryGetValue(c, out var replacement)) builder.Append(replacement);
            else if (c is >= '\u00C0' and <= '\u017F' && LatinBase[c - 0xC0] != '?') builder.Append(LatinBase[c - 0xC0]);
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
