using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>PS3.3 C.7.6.2 Image Plane Module.</summary>
internal static class ImagePlaneModule
{
    public static void Write(DicomDataset dataset, SliceGeometry geometry, int slice)
    {
        var position = geometry.Position(slice);
        dataset.SetNumbers(SynthesisTags.PixelSpacing, Round(geometry.PixelSpacing), Round(geometry.PixelSpacing));
        dataset.SetNumbers(SynthesisTags.ImageOrientationPatient,
            geometry.RowDirection.X, geometry.RowDirection.Y, geometry.RowDirection.Z,
            geometry.ColumnDirection.X, geometry.ColumnDirection.Y, geometry.ColumnDirection.Z);
        dataset.SetNumbers(SynthesisTags.ImagePositionPatient, Round(position.X), Round(position.Y), Round(position.Z));
        dataset.SetNumbers(SynthesisTags.SliceThickness, geometry.SliceThickness);
        dataset.SetNumbers(SynthesisTags.SpacingBetweenSlices, geometry.SpacingBetweenSlices);
        dataset.SetNumbers(SynthesisTags.SliceLocation, Round(geometry.Location(slice)));
    }

    /// <summary>Six decimals: DS holds 16 characters, and sums like 0.1 + 0.2 would otherwise print 17 digits.</summary>
    private static double Round(double value) => Math.Round(value, 6);
}
