namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>
/// A grid of values painted with filled ellipses in world coordinates (millimetres). Each ellipse is filled row by
/// row over its own span only, so painting a phantom costs about the area of its shapes, not shapes times pixels.
/// </summary>
internal sealed class ShapeCanvas
{
    private readonly double _x0, _y0, _dx, _dy;

    /// <param name="x0">World x of the centre of column 0.</param>
    /// <param name="y0">World y of the centre of row 0.</param>
    /// <param name="dx">World distance between columns.</param>
    /// <param name="dy">World distance between rows.</param>
    public ShapeCanvas(int rows, int columns, double x0, double y0, double dx, double dy, float background)
    {
        Rows = rows;
        Columns = columns;
        _x0 = x0;
        _y0 = y0;
        _dx = dx;
        _dy = dy;
        Values = new float[rows * columns];
        Array.Fill(Values, background);
    }

    public int Rows { get; }
    public int Columns { get; }

    /// <summary>Row by row, Columns values each.</summary>
    public float[] Values { get; }

    public double X(int column) => _x0 + column * _dx;
    public double Y(int row) => _y0 + row * _dy;

    /// <summary>Sets every pixel whose centre lies inside the axis-aligned ellipse to <paramref name="value"/>.</summary>
    public void Fill(double cx, double cy, double rx, double ry, float value) => Paint(cx, cy, rx, ry, value, add: false);

    /// <summary>Adds <paramref name="value"/> to every pixel whose centre lies inside the ellipse.</summary>
    public void Add(double cx, double cy, double rx, double ry, float value) => Paint(cx, cy, rx, ry, value, add: true);

    /// <summary>
    /// Fills an ellipse whose edge undulates: the radius in direction θ is scaled by 1 + amplitude·sin(lobes·θ + phase).
    /// Gyri and sulci of the brain's surface, for instance.
    /// </summary>
    public void FillWavy(double cx, double cy, double rx, double ry, double amplitude, int lobes, double phase, float value)
    {
        if (rx <= 0 || ry <= 0) return;
        var grow = 1 + Math.Abs(amplitude);
        var (r0, r1) = RowSpan(cy - ry * grow, cy + ry * grow);
        var (c0, c1) = ColumnSpan(cx - rx * grow, cx + rx * grow);
        for (var r = r0; r <= r1; r++)
        {
            var b = (Y(r) - cy) / ry;
            for (var c = c0; c <= c1; c++)
            {
                var a = (X(c) - cx) / rx;
                var limit = 1 + amplitude * Math.Sin(lobes * Math.Atan2(b, a) + phase);
                if (a * a + b * b < limit * limit) Values[r * Columns + c] = value;
            }
        }
    }

    public void FillRectangle(double left, double top, double right, double bottom, float value)
    {
        var (c0, c1) = ColumnSpan(left, right);
        var (r0, r1) = RowSpan(top, bottom);
        for (var r = r0; r <= r1; r++) Values.AsSpan(r * Columns + c0, c1 - c0 + 1).Fill(value);
    }

    private void Paint(double cx, double cy, double rx, double ry, float value, bool add)
    {
        if (rx <= 0 || ry <= 0) return;
        var (r0, r1) = RowSpan(cy - ry, cy + ry);
        for (var r = r0; r <= r1; r++)
        {
            var t = (Y(r) - cy) / ry;
            var inside = 1 - t * t;
            if (inside <= 0) continue;
            var half = rx * Math.Sqrt(inside);
            var (c0, c1) = ColumnSpan(cx - half, cx + half);
            if (c1 < c0) continue;
            var span = Values.AsSpan(r * Columns + c0, c1 - c0 + 1);
            if (!add) span.Fill(value);
            else for (var i = 0; i < span.Length; i++) span[i] += value;
        }
    }

    private (int First, int Last) ColumnSpan(double from, double to)
    {
        var a = (from - _x0) / _dx;
        var b = (to - _x0) / _dx;
        if (a > b) (a, b) = (b, a);
        return (Math.Max(0, (int)Math.Ceiling(a)), Math.Min(Columns - 1, (int)Math.Floor(b)));
    }

    private (int First, int Last) RowSpan(double from, double to)
    {
        var a = (from - _y0) / _dy;
        var b = (to - _y0) / _dy;
        if (a > b) (a, b) = (b, a);
        return (Math.Max(0, (int)Math.Ceiling(a)), Math.Min(Rows - 1, (int)Math.Floor(b)));
    }
}
