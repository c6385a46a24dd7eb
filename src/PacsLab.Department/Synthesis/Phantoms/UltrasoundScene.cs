using PacsLab.Department.Synthesis.Drawing;

namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A curved-array B-mode image of the right upper quadrant: a fan-shaped sector of speckle over liver, with a
/// gallbladder (dark, with brighter tissue behind it), a stone that casts a shadow, a portal vein and the bright
/// line of the diaphragm. Where the gallbladder and the stone sit depends on the seed and the image number.
/// </summary>
internal sealed class UltrasoundScene
{
    public const double DepthMm = 160;
    private const double HalfAngle = 36 * Math.PI / 180;

    private readonly double _gallbladderX, _gallbladderY, _stoneX;

    public UltrasoundScene(SeededRandom random, int imageNumber)
    {
        _gallbladderX = random.NextDouble(-12, 12) + 4 * (imageNumber - 1);
        _gallbladderY = random.NextDouble(62, 78);
        _stoneX = _gallbladderX + random.NextDouble(-10, 10);
    }

    /// <summary>The sector's apex, in pixels, and the number of pixels per millimetre of depth.</summary>
    public static (double X, double Y, double PixelsPerMm) Layout(int width, int height)
    {
        var apexY = 0.07 * height;
        return (width / 2.0, apexY, (height - apexY - 0.04 * height) / DepthMm);
    }

    public void Paint(RgbCanvas canvas, SeededRandom speckle)
    {
        var (apexX, apexY, perMm) = Layout(canvas.Width, canvas.Height);
        var previous = 0.0;
        for (var py = 0; py < canvas.Height; py++)
        {
            for (var px = 0; px < canvas.Width; px++)
            {
                // Every pixel draws its speckle, inside the sector or not, so the noise does not depend on the layout.
                var a = speckle.NextNoise();
                var b = speckle.NextNoise();
                var x = (px - apexX) / perMm;
                var y = (py - apexY) / perMm;
                var depth = Math.Sqrt(x * x + y * y);
                var angle = Math.Atan2(x, y);
                if (depth is < 8 or > DepthMm + 8 || Math.Abs(angle) > HalfAngle || y <= 0) continue;
                var r = depth - 8;
                var rayleigh = Math.Sqrt(a * a + b * b) / 1.41421356;
                var smoothed = 0.6 * rayleigh + 0.4 * previous; // lateral resolution is coarser than axial
                previous = rayleigh;
                var echo = Echogenicity(r * Math.Sin(angle), r * Math.Cos(angle)) * Math.Exp(-0.004 * r) * smoothed;
                var level = 255 * Math.Clamp((20 * Math.Log10(echo + 1e-4) + 30) / 50, 0, 1);
                canvas.SetGray(px, py, (byte)Math.Round(level));
            }
        }
    }

    /// <summary>Mean echo strength at (x across, y down) millimetres from the skin, 1 about that of liver.</summary>
    private double Echogenicity(double x, double y)
    {
        if (y < 20) return Math.Abs(y - 8) < 0.8 || Math.Abs(y - 18) < 0.8 ? 1.6 : 0.5;
        var diaphragm = 135 + 0.004 * x * x;
        if (Math.Abs(y - diaphragm) < 2.5) return 2.5;
        if (y > diaphragm) return 0.55;
        var e = 0.75;
        var g = Ellipse(x, y, _gallbladderX, _gallbladderY, 22, 13);
        if (g < 1) e = 0.03;
        else if (Math.Abs(x - _gallbladderX) < 18 && y > _gallbladderY) e *= 1.5;
        var stoneY = _gallbladderY + 8;
        if (Ellipse(x, y, _stoneX, stoneY, 3.2, 3.2) < 1) return 3;
        if (Math.Abs(x - _stoneX) < 3 && y > stoneY) e *= 0.15;
        var vein = Ellipse(x, y, -22, 105, 8, 5);
        if (vein < 1) e = vein > 0.7 ? 1.8 : 0.04;
        return e;
    }

    private static double Ellipse(double x, double y, double cx, double cy, double rx, double ry)
    {
        var a = (x - cx) / rx;
        var b = (y - cy) / ry;
        return a * a + b * b;
    }
}
