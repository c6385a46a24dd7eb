namespace PacsLab.Dicom.Imaging;

/// <summary>
/// A window (Window Center c, Window Width w) with its VOI LUT Function, mapping to output levels 0..255
/// (PS3.3 C.11.2.1.2). LINEAR needs w &gt;= 1; LINEAR_EXACT and SIGMOID need w &gt; 0.
/// </summary>
internal sealed record VoiWindow(double Center, double Width, VoiLutFunction Function) : IVoiTransform
{
    private const double YMin = 0;
    private const double YMax = 255;

    public bool IsValid => double.IsFinite(Center) && double.IsFinite(Width) && (Function == VoiLutFunction.Linear ? Width >= 1 : Width > 0);

    /// <summary>The LINEAR window whose edges are exactly the frame's lowest and highest values.</summary>
    public static VoiWindow FromRange(double min, double max) =>
        new((min + max) / 2 + 0.5, max - min + 1, VoiLutFunction.Linear);

    public byte Apply(double value) => ToLevel(Function switch
    {
        VoiLutFunction.LinearExact => LinearExact(value),
        VoiLutFunction.Sigmoid => Sigmoid(value),
        _ => Linear(value),
    });

    /// <summary>PS3.3 C.11.2.1.2.1.</summary>
    private double Linear(double x)
    {
        var lower = Center - 0.5 - (Width - 1) / 2;
        var upper = Center - 0.5 + (Width - 1) / 2;
        if (x <= lower) return YMin;
        if (x > upper) return YMax;
        return ((x - (Center - 0.5)) / (Width - 1) + 0.5) * (YMax - YMin) + YMin;
    }

    /// <summary>PS3.3 C.11.2.1.3.2.</summary>
    private double LinearExact(double x)
    {
        if (x <= Center - Width / 2) return YMin;
        if (x > Center + Width / 2) return YMax;
        return ((x - Center) / Width + 0.5) * (YMax - YMin) + YMin;
    }

    /// <summary>PS3.3 C.11.2.1.3.1.</summary>
    private double Sigmoid(double x) => (YMax - YMin) / (1 + Math.Exp(-4 * (x - Center) / Width)) + YMin;

    private static byte ToLevel(double y) => (byte)Math.Clamp(Math.Round(y, MidpointRounding.AwayFromZero), YMin, YMax);
}
