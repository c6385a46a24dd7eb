namespace PacsLab.Department.Synthesis.Modules;

/// <summary>
/// Where the slices of a cross-sectional series lie in the patient (PS3.3 C.7.6.2.1.1): all share one orientation
/// and pixel spacing, and slice i is at <see cref="FirstPosition"/> plus i times <see cref="SpacingBetweenSlices"/>
/// along the normal of the orientation (row direction cross column direction).
/// </summary>
/// <param name="Rows">Rows of each slice.</param>
/// <param name="Columns">Columns of each slice.</param>
/// <param name="PixelSpacing">Millimetres between pixel centres, the same along rows and columns.</param>
/// <param name="RowDirection">Direction cosines of a row (first three values of Image Orientation (Patient)).</param>
/// <param name="ColumnDirection">Direction cosines of a column (last three values).</param>
/// <param name="FirstPosition">Image Position (Patient) of slice 0: the centre of its first pixel.</param>
internal sealed record SliceGeometry(
    int Rows,
    int Columns,
    double PixelSpacing,
    (double X, double Y, double Z) RowDirection,
    (double X, double Y, double Z) ColumnDirection,
    (double X, double Y, double Z) FirstPosition,
    double SliceThickness,
    double SpacingBetweenSlices)
{
    /// <summary>Axial slices of a supine patient, head first (LPS axes): rows run to the patient's left, columns to the back.</summary>
    public static SliceGeometry Axial(int size, double fieldOfView, double centreZ, int slices, double thickness, double spacing)
    {
        var pixel = fieldOfView / size;
        var corner = -fieldOfView / 2 + pixel / 2;
        var firstZ = centreZ - (slices - 1) * spacing / 2;
        return new SliceGeometry(size, size, pixel, (1, 0, 0), (0, 1, 0), (corner, corner, firstZ), thickness, spacing);
    }

    public (double X, double Y, double Z) Normal =>
        (RowDirection.Y * ColumnDirection.Z - RowDirection.Z * ColumnDirection.Y,
         RowDirection.Z * ColumnDirection.X - RowDirection.X * ColumnDirection.Z,
         RowDirection.X * ColumnDirection.Y - RowDirection.Y * ColumnDirection.X);

    public (double X, double Y, double Z) Position(int slice)
    {
        var n = Normal;
        var d = slice * SpacingBetweenSlices;
        return (FirstPosition.X + d * n.X, FirstPosition.Y + d * n.Y, FirstPosition.Z + d * n.Z);
    }

    /// <summary>Slice Location (0020,1041): the position along the normal, in millimetres.</summary>
    public double Location(int slice)
    {
        var p = Position(slice);
        var n = Normal;
        return p.X * n.X + p.Y * n.Y + p.Z * n.Z;
    }

    /// <summary>The patient coordinates of the centre of pixel (row, column) of a slice.</summary>
    public (double X, double Y, double Z) PatientPoint(int slice, double row, double column)
    {
        var p = Position(slice);
        return (p.X + column * PixelSpacing * RowDirection.X + row * PixelSpacing * ColumnDirection.X,
                p.Y + column * PixelSpacing * RowDirection.Y + row * PixelSpacing * ColumnDirection.Y,
                p.Z + column * PixelSpacing * RowDirection.Z + row * PixelSpacing * ColumnDirection.Z);
    }
}
