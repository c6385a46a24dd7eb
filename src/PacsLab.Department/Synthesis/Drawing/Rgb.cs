namespace PacsLab.Department.Synthesis.Drawing;

/// <summary>An 8-bit RGB colour.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb Black = new(0, 0, 0);
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Yellow = new(240, 220, 60);
    public static readonly Rgb Green = new(110, 220, 110);
    public static readonly Rgb LightGray = new(200, 200, 200);
}
