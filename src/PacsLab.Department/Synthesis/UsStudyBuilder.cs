using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Drawing;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Department.Synthesis.Phantoms;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Ultrasound Image IOD (PS3.3 A.6): RGB 640x480 B-mode images of the right upper quadrant with the patient's name,
/// the date, the probe and the depth burned in (Burned In Annotation YES).
/// </summary>
internal sealed class UsStudyBuilder : IModalityBuilder
{
    public const int Width = 640;
    public const int Height = 480;

    public string Modality => "US";

    public StudyTemplate DefaultTemplate { get; } = new("US", "US ABDOMEN RUQ", "ABDOMEN", [new SeriesTemplate("RUQ", 3)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var series = context.Series(0, "RUQ", 3, TimeSpan.FromMinutes(1));
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab Sono 5");
        var description = context.Request.StudyDescription ?? context.Template.StudyDescription;
        var images = new DicomDataset[series.Images];
        Parallel.For(0, series.Images, index =>
        {
            var instance = index + 1;
            var dataset = header.Clone();
            var acquiredAt = series.StartsAt + TimeSpan.FromSeconds(25 * index);
            GeneralImageModule.Write(dataset, new ImageInfo(instance, ["ORIGINAL", "PRIMARY", "ABDOMINAL", "0001"], acquiredAt, 1, [], BurnedInAnnotation: true));
            var canvas = new RgbCanvas(context.Scaled(Width), context.Scaled(Height));
            new UltrasoundScene(context.Random(0), instance).Paint(canvas, context.Random(series.Number, instance));
            var patient = context.Request.Patient;
            UltrasoundOverlay.Draw(canvas, patient.PatientName, patient.PatientId, context.Request.InstitutionName, acquiredAt, description);
            ImagePixelModule.Write(dataset, PixelImage.Rgb(canvas.Height, canvas.Width, canvas.Pixels));
            WriteUsImage(dataset);
            SopCommonModule.Write(dataset, SynthesisSopClasses.UltrasoundImage, context.Uids.Instance(series.Number, instance), acquiredAt.AddSeconds(2));
            images[index] = dataset;
        });
        return images;
    }

    // PS3.3 C.8.5.6 US Image Module (Image Type, samples, photometric, bits and planar configuration are written with the pixels).
    private static void WriteUsImage(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.TransducerData, UltrasoundOverlay.Probe);
        dataset.Set(SynthesisTags.TransducerType, "CURVED LINEAR");
        dataset.Set(SynthesisTags.ProcessingFunction, "ABDOMEN");
        dataset.SetNumbers(SynthesisTags.DepthOfScanField, UltrasoundScene.DepthMm);
        dataset.SetNumbers(SynthesisTags.MechanicalIndex, 1.1);
        dataset.SetNumbers(SynthesisTags.SoftTissueThermalIndex, 0.4);
    }
}
