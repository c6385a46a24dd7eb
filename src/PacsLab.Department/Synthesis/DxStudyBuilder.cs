using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Digital X-Ray Image IOD, For Presentation (PS3.3 A.26): a PA chest from a flat-panel detector, about 2000x2500,
/// 12 bits, with the DX Series, DX Anatomy Imaged, DX Image, DX Detector, DX Positioning and Acquisition Context modules.
/// </summary>
internal sealed class DxStudyBuilder : IModalityBuilder
{
    public string Modality => "DX";

    public StudyTemplate DefaultTemplate { get; } = new("DX", "DX CHEST PA", "CHEST", [new SeriesTemplate("PA", 1)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var series = context.Series(0, "PA", 1, TimeSpan.FromMinutes(1));
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab DR 4343");
        header.Set(SynthesisTags.PresentationIntentType, "FOR PRESENTATION"); // PS3.3 C.8.11.1 DX Series Module
        WriteAnatomy(header);
        WriteDetector(header, context);
        WritePositioning(header);
        header.SetSequence(SynthesisTags.AcquisitionContextSequence); // PS3.3 C.7.6.14: type 2, empty when nothing is recorded
        var images = new List<DicomDataset>();
        for (var instance = 1; instance <= series.Images; instance++)
        {
            var dataset = header.Clone();
            var acquiredAt = series.StartsAt + TimeSpan.FromSeconds(30 * (instance - 1));
            GeneralImageModule.Write(dataset, new ImageInfo(instance, ["ORIGINAL", "PRIMARY"], acquiredAt, instance, ChestRadiograph.PatientOrientation));
            var image = ChestRadiograph.Render(context, series, instance);
            ImagePixelModule.Write(dataset, image);
            WriteDxImage(dataset, image);
            ChestRadiograph.WriteWindow(dataset, image);
            ChestRadiograph.WriteTechnique(dataset);
            SopCommonModule.Write(dataset, SynthesisSopClasses.DigitalXRayImageForPresentation, context.Uids.Instance(series.Number, instance), acquiredAt.AddSeconds(5));
            images.Add(dataset);
        }
        return images;
    }

    // PS3.3 C.8.11.2 DX Anatomy Imaged Module; the chest is unpaired (U). Code from CID 4009.
    private static void WriteAnatomy(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.ImageLaterality, "U");
        dataset.SetSequence(SynthesisTags.AnatomicRegionSequence, DatasetValues.Code("43799004", "SCT", "Chest"));
    }

    // PS3.3 C.8.11.3 DX Image Module. Bright is more attenuation in MONOCHROME2, so higher values mean less beam (sign -1).
    private static void WriteDxImage(DicomDataset dataset, PixelImage image)
    {
        var inverted = image.PhotometricInterpretation == "MONOCHROME1";
        dataset.Set(SynthesisTags.PixelIntensityRelationship, "LOG");
        dataset.SetNumbers(SynthesisTags.PixelIntensityRelationshipSign, inverted ? 1 : -1);
        dataset.SetNumbers(SynthesisTags.RescaleIntercept, 0);
        dataset.SetNumbers(SynthesisTags.RescaleSlope, 1);
        dataset.Set(SynthesisTags.RescaleType, "US");
        dataset.Set(SynthesisTags.PresentationLUTShape, inverted ? "INVERSE" : "IDENTITY");
    }

    // PS3.3 C.8.11.4 DX Detector Module.
    private static void WriteDetector(DicomDataset dataset, SynthesisContext context)
    {
        dataset.Set(SynthesisTags.DetectorType, "SCINTILLATOR");
        dataset.Set(SynthesisTags.DetectorConfiguration, "AREA");
        dataset.Set(SynthesisTags.DetectorID, "FP4343-01");
        var spacing = ChestRadiograph.PixelSpacing(context);
        dataset.SetNumbers(SynthesisTags.ImagerPixelSpacing, spacing, spacing);
    }

    // PS3.3 C.8.11.5 DX Positioning Module: a posteroanterior view.
    private static void WritePositioning(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.ViewPosition, "PA");
        dataset.SetSequence(SynthesisTags.ViewCodeSequence, DatasetValues.Code("399348003", "SCT", "postero-anterior"));
        dataset.Set(SynthesisTags.PositionerType, "COLUMN");
        dataset.Set(SynthesisTags.Grid, "FOCUSED");
    }
}
