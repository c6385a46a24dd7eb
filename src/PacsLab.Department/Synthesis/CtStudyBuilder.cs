using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Department.Synthesis.Phantoms;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// CT Image IOD (PS3.3 A.3): one axial series of the chest phantom, 512x512 signed 16-bit, stored value + (-1024) = HU.
/// Slices are 5 mm thick and 5 mm apart, centred on the mid chest, the first one lowest (feet end).
/// </summary>
internal sealed class CtStudyBuilder : IModalityBuilder
{
    public const int Matrix = 512;
    public const double FieldOfView = 380;
    public const double SliceSpacing = 5;
    public const double CentreZ = -130;
    public const double RescaleIntercept = -1024;
    private const float NoiseHu = 6f;

    public string Modality => "CT";

    public StudyTemplate DefaultTemplate { get; } = new("CT", "CT CHEST WITH CONTRAST", "CHEST", [new SeriesTemplate("AXIAL 5MM", 40)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var series = context.Series(0, "AXIAL 5MM", 40, TimeSpan.FromMinutes(2));
        var geometry = SliceGeometry.Axial(context.Scaled(Matrix), FieldOfView, CentreZ, series.Images, SliceSpacing, SliceSpacing);
        var phantom = new CtChestPhantom(context.Random(0));
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab Helix 64", "HFS");
        FrameOfReferenceModule.Write(header, context.Uids.FrameOfReference(1));
        WriteContrast(header);
        header.SetSequence(SynthesisTags.CTDIPhantomTypeCodeSequence, DatasetValues.Code("113691", "DCM", "IEC Body Dosimetry Phantom"));

        var images = new DicomDataset[series.Images];
        Parallel.For(0, series.Images, slice =>
        {
            var dataset = header.Clone();
            var acquiredAt = series.StartsAt + TimeSpan.FromMilliseconds(250 * slice);
            GeneralImageModule.Write(dataset, new ImageInfo(slice + 1, ["ORIGINAL", "PRIMARY", "AXIAL"], acquiredAt));
            ImagePlaneModule.Write(dataset, geometry, slice);
            ImagePixelModule.Write(dataset, Render(context, phantom, geometry, series.Number, slice));
            WriteCtImage(dataset, slice);
            VoiLutModule.Write(dataset, (40, 400, "SOFT TISSUE"), (-600, 1500, "LUNG"), (400, 1800, "BONE"));
            SopCommonModule.Write(dataset, SynthesisSopClasses.CtImage, context.Uids.Instance(series.Number, slice + 1), acquiredAt.AddSeconds(20));
            images[slice] = dataset;
        });
        return images;
    }

    private static PixelImage Render(SynthesisContext context, CtChestPhantom phantom, SliceGeometry geometry, int seriesNumber, int slice)
    {
        var first = geometry.Position(slice);
        var canvas = new ShapeCanvas(geometry.Rows, geometry.Columns, first.X, first.Y, geometry.PixelSpacing, geometry.PixelSpacing, CtChestPhantom.Air);
        phantom.Paint(canvas, geometry.Location(slice));
        var random = context.Random(seriesNumber, slice + 1);
        var values = canvas.Values;
        var stored = new short[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var hu = values[i] + NoiseHu * random.NextNoise();
            stored[i] = (short)Math.Clamp(MathF.Round(hu - (float)RescaleIntercept), short.MinValue, short.MaxValue);
        }
        return PixelImage.Signed16(geometry.Rows, geometry.Columns, 16, stored);
    }

    // PS3.3 C.7.6.4 Contrast/Bolus Module: the vessels of the phantom are enhanced.
    private static void WriteContrast(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.ContrastBolusAgent, "IOHEXOL 350 MG/ML");
        dataset.Set(SynthesisTags.ContrastBolusRoute, "IV");
        dataset.SetNumbers(SynthesisTags.ContrastBolusVolume, 80);
    }

    // PS3.3 C.8.2.1 CT Image Module (Image Type, samples, bits and rescale are written with the pixel data).
    private static void WriteCtImage(DicomDataset dataset, int slice)
    {
        dataset.SetNumbers(SynthesisTags.RescaleIntercept, RescaleIntercept);
        dataset.SetNumbers(SynthesisTags.RescaleSlope, 1);
        dataset.SetNumbers(SynthesisTags.KVP, 120);
        dataset.Set(SynthesisTags.ScanOptions, "HELICAL MODE");
        dataset.SetNumbers(SynthesisTags.DataCollectionDiameter, 500);
        dataset.SetNumbers(SynthesisTags.ReconstructionDiameter, FieldOfView);
        dataset.SetNumbers(SynthesisTags.DistanceSourceToDetector, 1040);
        dataset.SetNumbers(SynthesisTags.DistanceSourceToPatient, 570);
        dataset.SetNumbers(SynthesisTags.GantryDetectorTilt, 0);
        dataset.SetNumbers(SynthesisTags.TableHeight, 160);
        dataset.Set(SynthesisTags.RotationDirection, "CW");
        var current = 180 + 8 * (slice % 10); // tube current modulation along the patient
        dataset.SetNumbers(SynthesisTags.ExposureTime, 500);
        dataset.SetNumbers(SynthesisTags.XRayTubeCurrent, current);
        dataset.SetNumbers(SynthesisTags.Exposure, current / 2);
        dataset.Set(SynthesisTags.FilterType, "BODY FILTER");
        dataset.SetNumbers(SynthesisTags.GeneratorPower, 48);
        dataset.SetNumbers(SynthesisTags.FocalSpots, 1.2);
        dataset.Set(SynthesisTags.ConvolutionKernel, "STANDARD");
        dataset.SetNumbers(SynthesisTags.RevolutionTime, 0.5);
        dataset.SetNumbers(SynthesisTags.SingleCollimationWidth, 0.625);
        dataset.SetNumbers(SynthesisTags.TotalCollimationWidth, 40);
        dataset.SetNumbers(SynthesisTags.TableSpeed, 78.75);
        dataset.SetNumbers(SynthesisTags.TableFeedPerRotation, 39.375);
        dataset.SetNumbers(SynthesisTags.SpiralPitchFactor, 0.984375);
        dataset.SetNumbers(SynthesisTags.CTDIvol, 11.8);
    }
}
