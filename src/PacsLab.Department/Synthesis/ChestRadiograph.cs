using PacsLab.Department.Synthesis.Modules;
using PacsLab.Department.Synthesis.Phantoms;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// What CR and DX share: the PA chest image (12 bits in 16, MONOCHROME2 or, by option, MONOCHROME1), its window,
/// its image geometry and the X-ray technique.
/// </summary>
internal static class ChestRadiograph
{
    public const int Columns = 2000;
    public const int Rows = 2500;
    public const double DetectorPixelSpacing = 0.175;

    /// <summary>Patient Orientation of a PA chest shown as read: rows run to the patient's left, columns to the feet.</summary>
    public static readonly string[] PatientOrientation = ["L", "F"];

    public static PixelImage Render(SynthesisContext context, SeriesPlan series, int instanceNumber)
    {
        var rows = context.Scaled(Rows);
        var columns = context.Scaled(Columns);
        var phantom = new ChestRadiographPhantom(context.Random(0));
        var values = phantom.Render(rows, columns, row => context.Random(series.Number, instanceNumber, row + 1));
        if (!context.Options.RadiographsAsMonochrome1) return PixelImage.Unsigned16(rows, columns, 12, "MONOCHROME2", values);
        for (var i = 0; i < values.Length; i++) values[i] = (ushort)(ChestRadiographPhantom.MaxValue - values[i]);
        return PixelImage.Unsigned16(rows, columns, 12, "MONOCHROME1", values);
    }

    /// <summary>Imager Pixel Spacing (0018,1164) in millimetres: the detector's, times the matrix divisor.</summary>
    public static double PixelSpacing(SynthesisContext context) => DetectorPixelSpacing * Columns / context.Scaled(Columns);

    /// <summary>The window of the VOI LUT Module, in stored values (mirrored for MONOCHROME1).</summary>
    public static void WriteWindow(DicomDataset dataset, PixelImage image)
    {
        var centre = image.PhotometricInterpretation == "MONOCHROME1" ? ChestRadiographPhantom.MaxValue - 2000 : 2000;
        VoiLutModule.Write(dataset, (centre, 3600, "CHEST"));
    }

    /// <summary>The technique of a PA chest at 1.8 m: kVp, tube current, exposure time and distances.</summary>
    public static void WriteTechnique(DicomDataset dataset)
    {
        dataset.SetNumbers(SynthesisTags.KVP, 125);
        dataset.SetNumbers(SynthesisTags.ExposureTime, 8);
        dataset.SetNumbers(SynthesisTags.XRayTubeCurrent, 320);
        dataset.SetNumbers(SynthesisTags.Exposure, 3);
        dataset.SetNumbers(SynthesisTags.DistanceSourceToDetector, 1800);
        dataset.SetNumbers(SynthesisTags.DistanceSourceToPatient, 1650);
        dataset.SetNumbers(SynthesisTags.FocalSpots, 1.2);
    }
}
