namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A posteroanterior chest radiograph: the attenuation of the torso, the lungs (air), heart and mediastinum, the
/// spine, ribs and clavicles, summed along the beam and turned into 12-bit values where bright means more
/// attenuation (MONOCHROME2). Coordinates are fractions of the image: u across (patient's right on the left),
/// v down. A small nodule sits in a lung where the seed puts it.
/// </summary>
internal sealed class ChestRadiographPhantom
{
    public const int MaxValue = 4095;
    private const float Noise = 18f;

    private readonly (double U, double V, double Radius) _nodule;

    public ChestRadiographPhantom(SeededRandom random)
    {
        var right = random.NextDouble() < 0.5;
        var (cu, cv, ru, rv) = right ? RightLung : LeftLung;
        var angle = random.NextDouble(0, 2 * Math.PI);
        var fraction = random.NextDouble(0.2, 0.6);
        _nodule = (cu + fraction * ru * Math.Cos(angle), cv + fraction * rv * Math.Sin(angle) * 0.8, random.NextDouble(0.008, 0.016));
    }

    private static (double U, double V, double Ru, double Rv) RightLung => (0.31, 0.40, 0.145, 0.27);
    private static (double U, double V, double Ru, double Rv) LeftLung => (0.69, 0.41, 0.135, 0.26);

    /// <summary>Renders the image; rows are independent, so they are made in parallel, each with its own noise.</summary>
    public ushort[] Render(int rows, int columns, Func<int, SeededRandom> rowNoise)
    {
        var values = new ushort[rows * columns];
        Parallel.For(0, rows, row =>
        {
            var random = rowNoise(row);
            var v = (row + 0.5) / rows;
            var span = values.AsSpan(row * columns, columns);
            for (var column = 0; column < columns; column++)
            {
                var u = (column + 0.5) / columns;
                var density = Density(u, v);
                var value = 80 + 3800 * (1 - Math.Exp(-0.65 * density)) + Noise * random.NextNoise();
                span[column] = (ushort)Math.Clamp(Math.Round(value), 0, MaxValue);
            }
        });
        return values;
    }

    private double Density(double u, double v)
    {
        var du = u - 0.5;
        var halfWidth = TorsoHalfWidth(v);
        if (Math.Abs(du) >= halfWidth) return 0;
        var d = 1.5 * Math.Sqrt(1 - du * du / (halfWidth * halfWidth));
        d -= Lung(u, v, RightLung, 0.60) + Lung(u, v, LeftLung, 0.63);
        if (Math.Abs(du) < 0.06 && v is > 0.08 and < 0.62) d += 0.5;
        d += 0.8 * Dome(u, v, 0.56, 0.57, 0.15, 0.11);
        d += 0.4 * Dome(u, v, 0.56, 0.30, 0.035, 0.028);
        if (Math.Abs(du) < 0.012 && v < 0.30) d -= 0.35;
        if (Math.Abs(du) < 0.035) d += 0.3 + 0.05 * Math.Cos(2 * Math.PI * v / 0.045);
        d += Ribs(du, v, halfWidth) + Clavicles(du, v);
        d += 0.3 * Dome(u, v, _nodule.U, _nodule.V, _nodule.Radius, _nodule.Radius * 1.25);
        return Math.Max(0, d);
    }

    /// <summary>Half the torso's width at height v: the neck at the top, then the shoulders, then the chest.</summary>
    private static double TorsoHalfWidth(double v) => v switch
    {
        < 0.10 => 0.09,
        < 0.18 => 0.09 + (0.44 - 0.09) * Math.Sin((v - 0.10) / 0.08 * Math.PI / 2),
        _ => 0.44 - 0.03 * (v - 0.18),
    };

    /// <summary>The air of a lung: its thickness (a dome profile), cut off below by the diaphragm.</summary>
    private static double Lung(double u, double v, (double U, double V, double Ru, double Rv) lung, double diaphragm)
    {
        var dome = diaphragm + 1.2 * (u - lung.U) * (u - lung.U);
        if (v >= dome) return 0;
        return 1.0 * Dome(u, v, lung.U, lung.V, lung.Ru, lung.Rv) * Math.Clamp((dome - v) / 0.02, 0, 1);
    }

    /// <summary>The thickness profile of an ellipsoid seen from the front: 1 at its centre, 0 at its edge.</summary>
    private static double Dome(double u, double v, double cu, double cv, double ru, double rv)
    {
        var a = (u - cu) / ru;
        var b = (v - cv) / rv;
        var e = a * a + b * b;
        return e >= 1 ? 0 : Math.Sqrt(1 - e);
    }

    /// <summary>Ten posterior ribs a side, rising a little from the spine then curving down the side, brighter at their cortical edges.</summary>
    private static double Ribs(double du, double v, double halfWidth)
    {
        var x = Math.Abs(du);
        if (x < 0.04 || x > halfWidth - 0.01 || v < 0.14 || v > 0.75) return 0;
        var sum = 0.0;
        for (var k = 0; k < 10; k++)
        {
            var centre = 0.17 + 0.048 * k - 0.25 * x + 1.6 * x * x;
            var thickness = 0.009 + 0.0008 * k;
            var off = Math.Abs(v - centre) / thickness;
            if (off < 1) sum += 0.15 * (0.6 + 0.4 * off);
        }
        return sum;
    }

    private static double Clavicles(double du, double v)
    {
        var x = Math.Abs(du);
        if (x < 0.05 || x > 0.27) return 0;
        var centre = 0.165 - (x - 0.05) / 0.22 * 0.045;
        return Math.Abs(v - centre) < 0.012 ? 0.6 : 0;
    }
}
