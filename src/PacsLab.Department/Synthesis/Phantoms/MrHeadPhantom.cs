namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A head phantom for axial MR slices, in patient coordinates (LPS, millimetres): scalp, skull, CSF, gray and
/// white matter, lateral ventricles, and the eyes in the lowest slices. The head is centred at z = 5; a small
/// white-matter lesion (dark on T1, bright on T2) sits where the seed puts it.
/// </summary>
internal sealed class MrHeadPhantom
{
    private const double CentreZ = 5;
    private const double HalfHeight = 85;

    public MrHeadPhantom(SeededRandom random)
    {
        var z = random.NextDouble(5, 45);
        var angle = random.NextDouble(0, 2 * Math.PI);
        var fraction = random.NextDouble(0.3, 0.6);
        var (rx, ry) = WhiteMatterRadii(z);
        Lesion = (fraction * rx * Math.Cos(angle), 5 + fraction * ry * Math.Sin(angle), z, random.NextDouble(3, 6));
    }

    public (double X, double Y, double Z, double Radius) Lesion { get; }

    /// <summary>Signal of each tissue (12-bit scale): T1 makes fat bright and fluid dark, T2 makes fluid brightest.</summary>
    public static float Signal(HeadTissue tissue, MrWeighting weighting) => (tissue, weighting) switch
    {
        (HeadTissue.Scalp, MrWeighting.T1) => 950,
        (HeadTissue.Scalp, MrWeighting.T2) => 650,
        (HeadTissue.Bone, _) => 40,
        (HeadTissue.Csf, MrWeighting.T1) => 220,
        (HeadTissue.Csf, MrWeighting.T2) => 1700,
        (HeadTissue.GrayMatter, MrWeighting.T1) => 600,
        (HeadTissue.GrayMatter, MrWeighting.T2) => 950,
        (HeadTissue.WhiteMatter, MrWeighting.T1) => 820,
        (HeadTissue.WhiteMatter, MrWeighting.T2) => 700,
        (HeadTissue.Vitreous, MrWeighting.T1) => 180,
        (HeadTissue.Vitreous, MrWeighting.T2) => 1600,
        (HeadTissue.OrbitalFat, MrWeighting.T1) => 1000,
        (HeadTissue.OrbitalFat, MrWeighting.T2) => 600,
        (HeadTissue.Lesion, MrWeighting.T1) => 450,
        (HeadTissue.Lesion, MrWeighting.T2) => 1450,
        _ => 0,
    };

    /// <summary>Paints tissue classes (as their numeric value) for the axial slice at height z.</summary>
    public void Paint(ShapeCanvas canvas, double z)
    {
        var s = HeadScale(z);
        if (s <= 0) return;
        Layer(canvas, s, 0, HeadTissue.Scalp);
        Layer(canvas, s, 5, HeadTissue.Bone);
        Layer(canvas, s, 11, HeadTissue.Csf);
        // Gray matter with sulci (CSF reaching in) at its surface and gyri of white matter reaching out under it.
        canvas.FillWavy(0, 5, 72 * s - 13, 90 * s - 13, 0.025, 23, z / 9, (float)HeadTissue.GrayMatter);
        var (wx, wy) = WhiteMatterRadii(z);
        canvas.FillWavy(0, 5, wx, wy, 0.07, 17, z / 13, (float)HeadTissue.WhiteMatter);
        PaintVentricles(canvas, z);
        if (z < -15) PaintEyes(canvas, z);
        PaintLesion(canvas, z);
    }

    private static double HeadScale(double z)
    {
        var t = (z - CentreZ) / HalfHeight;
        return t is <= -1 or >= 1 ? 0 : Math.Sqrt(1 - t * t);
    }

    private static void Layer(ShapeCanvas canvas, double s, double inset, HeadTissue tissue) =>
        canvas.Fill(0, 5, 72 * s - inset, 90 * s - inset, (float)tissue);

    private static (double Rx, double Ry) WhiteMatterRadii(double z)
    {
        var s = HeadScale(z);
        return (Math.Max(0, 72 * s - 17), Math.Max(0, 90 * s - 17));
    }

    private static void PaintVentricles(ShapeCanvas canvas, double z)
    {
        if (z is > 0 and < 35)
        {
            var v = Math.Sin(Math.PI * z / 35);
            canvas.Fill(-10, -2, 5 * v + 1, 22 * v, (float)HeadTissue.Csf);
            canvas.Fill(10, -2, 5 * v + 1, 22 * v, (float)HeadTissue.Csf);
        }
        else if (z is > -12 and <= 0)
        {
            canvas.Fill(0, 2, 2, 10, (float)HeadTissue.Csf);
        }
    }

    private static void PaintEyes(ShapeCanvas canvas, double z)
    {
        var dz = z + 28;
        if (Math.Abs(dz) >= 14) return;
        var fat = Math.Sqrt(14 * 14 - dz * dz);
        var eye = Math.Abs(dz) < 11 ? Math.Sqrt(11 * 11 - dz * dz) : 0;
        foreach (var x in (ReadOnlySpan<double>)[-30, 30])
        {
            canvas.Fill(x, -64, fat, fat, (float)HeadTissue.OrbitalFat);
            canvas.Fill(x, -66, eye, eye, (float)HeadTissue.Vitreous);
        }
    }

    private void PaintLesion(ShapeCanvas canvas, double z)
    {
        var dz = z - Lesion.Z;
        var r2 = Lesion.Radius * Lesion.Radius - dz * dz;
        if (r2 > 0) canvas.Fill(Lesion.X, Lesion.Y, Math.Sqrt(r2), Math.Sqrt(r2), (float)HeadTissue.Lesion);
    }
}
