namespace PacsLab.Department.Synthesis.Drawing;

/// <summary>An 8-bit RGB image, colour-by-pixel, with the few drawing operations the screens need.</summary>
internal sealed class RgbCanvas
{
    public RgbCanvas(int width, int height)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height * 3];
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>R, G, B of pixel (0,0), then (1,0) ... row by row.</summary>
    public byte[] Pixels { get; }

    public void Set(int x, int y, Rgb colour)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height) return;
        var i = (y * Width + x) * 3;
        Pixels[i] = colour.R;
        Pixels[i + 1] = colour.G;
        Pixels[i + 2] = colour.B;
    }

    public void SetGray(int x, int y, byte level) => Set(x, y, new Rgb(level, level, level));

    public void FillRectangle(int x, int y, int width, int height, Rgb colour)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
                Set(column, row, colour);
    }

    /// <summary>Draws text with <see cref="BitmapFont"/>, each font pixel a scale x scale block; (x, y) is the top left.</summary>
    public void DrawText(int x, int y, string text, Rgb colour, int scale = 1)
    {
        var normalized = BitmapFont.Normalize(text);
        for (var i = 0; i < normalized.Length; i++)
        {
            var left = x + i * BitmapFont.Advance * scale;
            for (var gy = 0; gy < BitmapFont.GlyphHeight; gy++)
                for (var gx = 0; gx < BitmapFont.GlyphWidth; gx++)
                    if (BitmapFont.IsSet(normalized[i], gx, gy)) FillRectangle(left + gx * scale, y + gy * scale, scale, scale, colour);
        }
    }

    /// <summary>Width in pixels of text drawn at the given scale.</summary>
    public static int TextWidth(string text, int scale) => text.Length * BitmapFont.Advance * scale;
}
