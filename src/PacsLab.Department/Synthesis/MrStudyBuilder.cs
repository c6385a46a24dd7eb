using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Department.Synthesis.Phantoms;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// MR Image IOD (PS3.3 A.4): an axial T1 weighted spin echo series and an axial T2 weighted turbo spin echo series of
/// the head phantom, 256x256 unsigned 16-bit (12 stored), at the same slice positions in one frame of reference.
/// </summary>
internal sealed class MrStudyBuilder : IModalityBuilder
{
    public const int Matrix = 256;
    public const double FieldOfView = 230;
    public const double SliceThickness = 5;
    public const double SliceSpacing = 6;
    public const double CentreZ = 15;

    public string Modality => "MR";

    public StudyTemplate DefaultTemplate { get; } =
        new("MR", "MR BRAIN WITHOUT CONTRAST", "HEAD", [new SeriesTemplate("AX T1 SE", 20), new SeriesTemplate("AX T2 TSE", 20)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var phantom = new MrHeadPhantom(context.Random(0));
        var frameOfReference = context.Uids.FrameOfReference(1);
        var t1 = context.Series(0, "AX T1 SE", 20, TimeSpan.FromMinutes(3));
        var t2 = context.Series(1, "AX T2 TSE", 20, TimeSpan.FromMinutes(8));
        return [.. BuildSeries(context, phantom, t1, MrWeighting.T1, frameOfReference), .. BuildSeries(context, phantom, t2, MrWeighting.T2, frameOfReference)];
    }

    private DicomDataset[] BuildSeries(SynthesisContext context, MrHeadPhantom phantom, SeriesPlan series, MrWeighting weighting, string frameOfReference)
    {
        var geometry = SliceGeometry.Axial(context.Scaled(Matrix), FieldOfView, CentreZ, series.Images, SliceThickness, SliceSpacing);
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab Mag 3T", "HFS");
        FrameOfReferenceModule.Write(header, frameOfReference);
        WriteMrImage(header, weighting, geometry.Rows);
        var images = new DicomDataset[series.Images];
        Parallel.For(0, series.Images, slice =>
        {
            var dataset = header.Clone();
            var acquiredAt = series.StartsAt + TimeSpan.FromSeconds(4 * slice);
            GeneralImageModule.Write(dataset, new ImageInfo(slice + 1, ["ORIGINAL", "PRIMARY", "OTHER"], acquiredAt));
            ImagePlaneModule.Write(dataset, geometry, slice);
            ImagePixelModule.Write(dataset, Render(context, phantom, geometry, series.Number, slice, weighting));
            if (weighting == MrWeighting.T1) VoiLutModule.Write(dataset, (600, 1200, "T1 BRAIN"));
            else VoiLutModule.Write(dataset, (900, 1800, "T2 BRAIN"));
            SopCommonModule.Write(dataset, SynthesisSopClasses.MrImage, context.Uids.Instance(series.Number, slice + 1), acquiredAt.AddSeconds(30));
            images[slice] = dataset;
        });
        return images;
    }

    private static PixelImage Render(SynthesisContext context, MrHeadPhantom phantom, SliceGeometry geometry, int seriesNumber, int slice, MrWeighting weighting)
    {
        var first = geometry.Position(slice);
        var canvas = new ShapeCanvas(geometry.Rows, geometry.Columns, first.X, first.Y, geometry.PixelSpacing, geometry.PixelSpacing, (float)HeadTissue.Air);
        phantom.Paint(canvas, geometry.Location(slice));
        Span<float> signal = stackalloc float[Enum.GetValues<HeadTissue>().Length];
        for (var t = 0; t < signal.Length; t++) signal[t] = MrHeadPhantom.Signal((HeadTissue)t, weighting);
        var random = context.Random(seriesNumber, slice + 1);
        var stored = new ushort[canvas.Values.Length];
        for (var row = 0; row < canvas.Rows; row++)
        {
            var y = canvas.Y(row);
            for (var column = 0; column < canvas.Columns; column++)
            {
                var x = canvas.X(column);
                var shading = 0.9f + 0.25f * (float)((x * x + y * y) / (100.0 * 100.0)); // coil sensitivity rises towards the surface
                var i = row * canvas.Columns + column;
                var value = signal[(int)canvas.Values[i]] * shading;
                // Magnitude images: the noise of the real and imaginary channels makes background noise positive (Rician).
                var real = value + 14f * random.NextNoise();
                var imaginary = 14f * random.NextNoise();
                stored[i] = (ushort)Math.Clamp(MathF.Round(MathF.Sqrt(real * real + imaginary * imaginary)), 0, 4095);
            }
        }
        return PixelImage.Unsigned16(geometry.Rows, geometry.Columns, 12, "MONOCHROME2", stored);
    }

    // PS3.3 C.8.3.1 MR Image Module (samples, photometric and bits are written with the pixel data).
    private static void WriteMrImage(DicomDataset dataset, MrWeighting weighting, int matrix)
    {
        var t1 = weighting == MrWeighting.T1;
        dataset.Set(SynthesisTags.ScanningSequence, "SE");
        dataset.Set(SynthesisTags.SequenceVariant, t1 ? "NONE" : "SK");
        dataset.Set(SynthesisTags.ScanOptions, t1 ? "" : "FS");
        dataset.Set(SynthesisTags.MRAcquisitionType, "2D");
        dataset.Set(SynthesisTags.SequenceName, t1 ? "se2d1" : "tse2d1_15");
        dataset.SetNumbers(SynthesisTags.RepetitionTime, t1 ? 550 : 4500);
        dataset.SetNumbers(SynthesisTags.EchoTime, t1 ? 12 : 95);
        dataset.SetNumbers(SynthesisTags.EchoTrainLength, t1 ? 1 : 15);
        dataset.SetNumbers(SynthesisTags.NumberOfAverages, t1 ? 1 : 2);
        dataset.SetNumbers(SynthesisTags.ImagingFrequency, 127.74);
        dataset.Set(SynthesisTags.ImagedNucleus, "1H");
        dataset.SetNumbers(SynthesisTags.EchoNumbers, 1);
        dataset.SetNumbers(SynthesisTags.MagneticFieldStrength, 3);
        dataset.SetNumbers(SynthesisTags.NumberOfPhaseEncodingSteps, matrix * 3 / 4);
        dataset.SetNumbers(SynthesisTags.PercentSampling, 100);
        dataset.SetNumbers(SynthesisTags.PercentPhaseFieldOfView, 100);
        dataset.SetNumbers(SynthesisTags.PixelBandwidth, t1 ? 190 : 220);
        dataset.Set(SynthesisTags.ReceiveCoilName, "HEAD 32");
        dataset.Set(SynthesisTags.TransmitCoilName, "BODY");
        dataset.SetNumbers(SynthesisTags.AcquisitionMatrix, 0, matrix, matrix * 3 / 4, 0);
        dataset.Set(SynthesisTags.InPlanePhaseEncodingDirection, "ROW");
        dataset.SetNumbers(SynthesisTags.FlipAngle, t1 ? 90 : 150);
    }
}
