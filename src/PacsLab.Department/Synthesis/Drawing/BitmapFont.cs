using System.Text;

namespace PacsLab.Department.Synthesis.Drawing;

/// <summary>
/// A 5x7 pixel font for text burned into synthesized images (ultrasound annotations, the report screenshot).
/// Upper-case letters, digits and common punctuation; lower case is drawn in upper case, accents are dropped
/// (É as E, Ł as L) and anything else is drawn as '?'.
/// </summary>
internal static class BitmapFont
{
    public const int GlyphWidth = 5;
    public const int GlyphHeight = 7;

    /// <summary>Horizontal advance per character, in font pixels: the glyph and one column of space.</summary>
    public const int Advance = GlyphWidth + 1;

    /// <summary>Vertical advance per line, in font pixels.</summary>
    public const int LineHeight = GlyphHeight + 3;

    private static readonly Dictionary<char, ulong> Glyphs = Build(new Dictionary<char, string>
    {
        ['A'] = ".###.|#...#|#...#|#####|#...#|#...#|#...#",
        ['B'] = "####.|#...#|#...#|####.|#...#|#...#|####.",
        ['C'] = ".###.|#...#|#....|#....|#....|#...#|.###.",
        ['D'] = "####.|#...#|#...#|#...#|#...#|#...#|####.",
        ['E'] = "#####|#....|#....|####.|#....|#....|#####",
        ['F'] = "#####|#....|#....|####.|#....|#....|#....",
        ['G'] = ".###.|#...#|#....|#.###|#...#|#...#|.####",
        ['H'] = "#...#|#...#|#...#|#####|#...#|#...#|#...#",
        ['I'] = ".###.|..#..|..#..|..#..|..#..|..#..|.###.",
        ['J'] = "..###|...#.|...#.|...#.|...#.|#..#.|.##..",
        ['K'] = "#...#|#..#.|#.#..|##...|#.#..|#..#.|#...#",
        ['L'] = "#....|#....|#....|#....|#....|#....|#####",
        ['M'] = "#...#|##.##|#.#.#|#.#.#|#...#|#...#|#...#",
        ['N'] = "#...#|#...#|##..#|#.#.#|#..##|#...#|#...#",
        ['O'] = ".###.|#...#|#...#|#...#|#...#|#...#|.###.",
        ['P'] = "####.|#...#|#...#|####.|#....|#....|#....",
        ['Q'] = ".###.|#...#|#...#|#...#|#.#.#|#..#.|.##.#",
        ['R'] = "####.|#...#|#...#|####.|#.#..|#..#.|#...#",
        ['S'] = ".####|#....|#....|.###.|....#|....#|####.",
        ['T'] = "#####|..#..|..#..|..#..|..#..|..#..|..#..",
        ['U'] = "#...#|#...#|#...#|#...#|#...#|#...#|.###.",
        ['V'] = "#...#|#...#|#...#|#...#|#...#|.#.#.|..#..",
        ['W'] = "#...#|#...#|#...#|#.#.#|#.#.#|#.#.#|.#.#.",
        ['X'] = "#...#|#...#|.#.#.|..#..|.#.#.|#...#|#...#",
        ['Y'] = "#...#|#...#|.#.#.|..#..|..#..|..#..|..#..",
        ['Z'] = "#####|....#|...#.|..#..|.#...|#....|#####",
        ['0'] = ".###.|#...#|#..##|#.#.#|##..#|#...#|.###.",
        ['1'] = "..#..|.##..|..#..|..#..|..#..|..#..|.###.",
        ['2'] = ".###.|#...#|....#|...#.|..#..|.#...|#####",
        ['3'] = "#####|...#.|..#..|...#.|....#|#...#|.###.",
        ['4'] = "...#.|..##.|.#.#.|#..#.|#####|...#.|...#.",
        ['5'] = "#####|#....|####.|....#|....#|#...#|.###.",
        ['6'] = "..##.|.#...|#....|####.|#...#|#...#|.###.",
        ['7'] = "#####|....#|...#.|..#..|.#...|.#...|.#...",
        ['8'] = ".###.|#...#|#...#|.###.|#...#|#...#|.###.",
        ['9'] = ".###.|#...#|#...#|.####|....#|...#.|.##..",
        [' '] = ".....|.....|.....|.....|.....|.....|.....",
        ['.'] = ".....|.....|.....|.....|.....|.##..|.##..",
        [','] = ".....|.....|.....|.....|.##..|..#..|.#...",
        [':'] = ".....|.##..|.##..|.....|.##..|.##..|.....",
        [';'] = ".....|.##..|.##..|.....|.##..|..#..|.#...",
        ['-'] = ".....|.....|.....|#####|.....|.....|.....",
        ['+'] = ".....|..#..|..#..|#####|..#..|..#..|.....",
        ['='] = ".....|.....|#####|.....|#####|.....|.....",
        ['_'] = ".....|.....|.....|.....|.....|.....|#####",
        ['/'] = ".....|....#|...#.|..#..|.#...|#....|.....",
        ['\\'] = ".....|#....|.#...|..#..|...#.|....#|.....",
        ['^'] = "..#..|.#.#.|#...#|.....|.....|.....|.....",
        ['\''] = "..#..|..#..|.#...|.....|.....|.....|.....",
        ['"'] = ".#.#.|.#.#.|.....|.....|.....|.....|.....",
        ['('] = "...#.|..#..|.#...|.#...|.#...|..#..|...#.",
        [')'] = ".#...|..#..|...#.|...#.|...#.|..#..|.#...",
        ['['] = ".###.|.#...|.#...|.#...|.#...|.#...|.###.",
        [']'] = ".###.|...#.|...#.|...#.|...#.|...#.|.###.",
        ['<'] = "...#.|..#..|.#...|#....|.#...|..#..|...#.",
        ['>'] = ".#...|..#..|...#.|....#|...#.|..#..|.#...",
        ['%'] = "##...|##..#|...#.|..#..|.#...|#..##|...##",
        ['#'] = ".#.#.|.#.#.|#####|.#.#.|#####|.#.#.|.#.#.",
        ['*'] = ".....|..#..|#.#.#|.###.|#.#.#|..#..|.....",
        ['&'] = ".##..|#..#.|#.#..|.#...|#.#.#|#..#.|.##.#",
        ['!'] = "..#..|..#..|..#..|..#..|..#..|.....|..#..",
        ['?'] = ".###.|#...#|....#|...#.|..#..|.....|..#..",
        ['@'] = ".###.|#...#|#.###|#.#.#|#.###|#....|.###.",
    });

    /// <summary>Whether the pixel at (x, y) of the glyph for <paramref name="c"/> is set.</summary>
    public static bool IsSet(char c, int x, int y) =>
        (GlyphFor(c) >> (y * GlyphWidth + x) & 1) != 0;

    /// <summary>The text as the font draws it: upper case, accents dropped, unknown characters as '?'.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in AsciiFolding.Fold(text))
        {
            var upper = char.ToUpperInvariant(c);
            builder.Append(Glyphs.ContainsKey(upper) ? upper : '?');
        }
        return builder.ToString();
    }

    private static ulong GlyphFor(char c) => Glyphs.TryGetValue(char.ToUpperInvariant(c), out var bits) ? bits : Glyphs['?'];

    private static Dictionary<char, ulong> Build(Dictionary<char, string> pictures)
    {
        var glyphs = new Dictionary<char, ulong>();
        foreach (var (c, picture) in pictures)
        {
            var rows = picture.Split('|');
            if (rows.Length != GlyphHeight || rows.Any(r => r.Length != GlyphWidth))
                throw new InvalidOperationException($"The glyph for '{c}' is not {GlyphWidth}x{GlyphHeight}.");
            ulong bits = 0;
            for (var y = 0; y < GlyphHeight; y++)
                for (var x = 0; x < GlyphWidth; x++)
                    if (rows[y][x] == '#') bits |= 1UL << (y * GlyphWidth + x);
            glyphs[c] = bits;
        }
        return glyphs;
    }
}
