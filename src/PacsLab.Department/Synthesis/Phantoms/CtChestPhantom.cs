namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A numeric chest phantom in Hounsfield units, in patient coordinates (LPS, millimetres: x to the patient's
/// left, y to the back, z to the head). The chest spans z = -235 (lung bases, liver dome) to z = -25 (lung apices);
/// below it is upper abdomen, above it neck. Every structure but the lesion is the same for every seed.
/// </summary>
internal sealed class CtChestPhantom
{
    public const float Air = -1000f;
    public const float Fat = -90f;
    public const float SoftTissue = 40f;
    public const float Lung = -800f;
    public const float Bone = 700f;
    public const float ContrastBlood = 250f;
    public const float Myocardium = 45f;
    public const float Liver = 60f;
    public const float Fluid = 10f;
    public const float LesionTissue = 35f;
    public const float Table = 150f;

    public const double LungBaseZ = -235;
    public const double LungApexZ = -25;

    /// <summary>The lesion, a small soft-tissue nodule inside one lung; where it is depends on the seed.</summary>
    public CtChestPhantom(SeededRandom random)
    {
        var rightSide = random.NextDouble() < 0.5;
        var z = random.NextDouble(-180, -90);
        var (cx, cy, rx, ry) = rightSide ? RightLung(z) : LeftLung(z);
        var angle = random.NextDouble(0, 2 * Math.PI);
        var fraction = random.NextDouble(0.5, 0.7);
        var radius = Math.Clamp(random.NextDouble(4, 9), 3, 0.2 * Math.Min(rx, ry));
        Lesion = (cx + fraction * rx * Math.Cos(angle), cy + fraction * ry * Math.Sin(angle), z, radius);
    }

    public (double X, double Y, double Z, double Radius) Lesion { get; }

    /// <summary>
    /// The right lung's ellipse at height z (centre and semi-axes). Its inner quarter holds only lung: the lesion
    /// and the vessels keep out of it, so a voxel there reads <see cref="Lung"/> plus noise.
    /// </summary>
    public static (double X, double Y, double Rx, double Ry) RightLung(double z)
    {
        var s = LungScale(z);
        return (-72, 5, 52 * s, 78 * s);
    }

    public static (double X, double Y, double Rx, double Ry) LeftLung(double z)
    {
        var s = LungScale(z);
        return (74, 8, 48 * s, 74 * s);
    }

    public void Paint(ShapeCanvas canvas, double z)
    {
        PaintBody(canvas);
        PaintAbdomen(canvas, z);
        PaintLungs(canvas, z);
        PaintHeartAndVessels(canvas, z);
        PaintBones(canvas, z);
        PaintLesion(canvas, z);
    }

    /// <summary>Lung size at height z relative to its widest: 0 outside the chest, widest just above the bases.</summary>
    private static double LungScale(double z)
    {
        if (z < LungBaseZ || z > LungApexZ) return 0;
        var t = (z - LungBaseZ) / (LungApexZ - LungBaseZ);
        return t < 0.15 ? 0.55 + 0.45 * (t / 0.15) : 1 - 0.6 * Math.Pow((t - 0.15) / 0.85, 1.5);
    }

    private static void PaintBody(ShapeCanvas canvas)
    {
        canvas.FillRectangle(-210, 118, 210, 124, Table);
        canvas.Fill(0, 5, 165, 108, Fat);
        canvas.Fill(0, 5, 155, 98, SoftTissue);
    }

    private static void PaintAbdomen(ShapeCanvas canvas, double z)
    {
        if (z > -195) return;
        var f = Math.Sqrt(Math.Clamp((-195 - z) / 40, 0, 1));
        canvas.Fill(-55, 10, 90 * f, 80 * f, Liver);
        canvas.Fill(60, -20, 40 * f, 35 * f, Fluid);
    }

    private static void PaintLungs(ShapeCanvas canvas, double z)
    {
        var right = RightLung(z);
        var left = LeftLung(z);
        canvas.Fill(right.X, right.Y, right.Rx, right.Ry, Lung);
        canvas.Fill(left.X, left.Y, left.Rx, left.Ry, Lung);
        PaintLungVessels(canvas, z, right);
        PaintLungVessels(canvas, z, left);
    }

    /// <summary>Pulmonary vessels: small dots that drift slowly with z, between 0.35 and 0.85 of the way out.</summary>
    private static void PaintLungVessels(ShapeCanvas canvas, double z, (double X, double Y, double Rx, double Ry) lung)
    {
        if (lung.Rx <= 0) return;
        for (var k = 0; k < 10; k++)
        {
            var angle = k * 0.628 + 0.3 * Math.Sin(z / 40 + k);
            var fraction = 0.35 + 0.05 * k;
            var radius = Math.Min(2.5, 0.04 * lung.Rx);
            canvas.Fill(lung.X + fraction * lung.Rx * Math.Cos(angle), lung.Y + fraction * lung.Ry * Math.Sin(angle), radius, radius, SoftTissue);
        }
    }

    private static void PaintHeartAndVessels(ShapeCanvas canvas, double z)
    {
        if (z is > -225 and < -115)
        {
            var h = Math.Sin(Math.PI * (z + 225) / 110);
            canvas.Fill(25, -28, 62 * h, 52 * h, Myocardium);
            canvas.Fill(38, -24, 30 * h, 22 * h, ContrastBlood);
            canvas.Fill(5, -38, 20 * h, 16 * h, ContrastBlood);
        }
        if (z is > -140 and < -60) canvas.Fill(8, -30, 15, 15, ContrastBlood);
        if (z is >= -60 and < -46) canvas.Fill(14, 6, 13, 40, ContrastBlood);
        if (z is > -130 and < -40) canvas.Fill(-24, -28, 10, 10, 180);
        canvas.Fill(20, 42, 12, 12, ContrastBlood); // descending aorta, the whole length
    }

    private static void PaintBones(ShapeCanvas canvas, double z)
    {
        canvas.Fill(0, 52, 16, 16, Bone);
        canvas.Fill(0, 78, 8, 8, Fluid);
        canvas.Fill(0, 90, 5, 10, Bone);
        if (z is > -190 and < -40) canvas.Fill(0, -82, 14, 6, Bone);
        // Ribs: cross-sections on a ring just inside the chest wall; each slopes, so it shows in bands of z.
        foreach (var degrees in (ReadOnlySpan<int>)[-60, -40, -20, 0, 20, 40, 60, 75])
        {
            var band = (z + degrees * 0.2) / 24;
            if (band - Math.Floor(band) > 0.4) continue;
            var phi = degrees * Math.PI / 180;
            var x = 0.9 * 155 * Math.Cos(phi);
            var y = 5 + 0.9 * 98 * Math.Sin(phi);
            canvas.Fill(x, y, 5, 5, Bone);
            canvas.Fill(-x, y, 5, 5, Bone);
        }
    }

    private void PaintLesion(ShapeCanvas canvas, double z)
    {
        var dz = z - Lesion.Z;
        var r2 = Lesion.Radius * Lesion.Radius - dz * dz;
        if (r2 <= 0) return;
        var r = Math.Sqrt(r2);
        canvas.Fill(Lesion.X, Lesion.Y, r, r, LesionTissue);
    }
}
