using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Department.Synthesis.Phantoms;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Secondary Capture Image IOD (PS3.3 A.8.1): a screenshot of the report of the study, RGB 800x600, made by a
/// workstation (Conversion Type WSD), modality OT.
/// </summary>
internal sealed class ScStudyBuilder : IModalityBuilder
{
    public const int Width = 800;
    public const int Height = 600;

    public string Modality => "OT";

    public StudyTemplate DefaultTemplate { get; } = new("OT", "CHEST REPORT CAPTURE", "CHEST", [new SeriesTemplate("REPORT CAPTURE", 1)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var series = context.Series(0, "REPORT CAPTURE", 1, TimeSpan.FromMinutes(20));
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab Workstation");
        WriteScEquipment(header);
        var request = context.Request;
        var images = new List<DicomDataset>();
        for (var instance = 1; instance <= series.Images; instance++)
        {
            var dataset = header.Clone();
            var capturedAt = series.StartsAt + TimeSpan.FromSeconds(10 * (instance - 1));
            GeneralImageModule.Write(dataset, new ImageInfo(instance, ["DERIVED", "SECONDARY"], capturedAt, 1, [], BurnedInAnnotation: true));
            var content = new ReportContent(request.Patient.PatientName, request.Patient.PatientId, request.Patient.BirthDate ?? "", request.Patient.Sex ?? "",
                request.AccessionNumber, request.StudyDescription ?? context.Template.StudyDescription, request.ReferringPhysicianName ?? "", capturedAt);
            var canvas = ReportScreen.Draw(context.Scaled(Width), context.Scaled(Height), content, context.Random(series.Number, instance));
            ImagePixelModule.Write(dataset, PixelImage.Rgb(canvas.Height, canvas.Width, canvas.Pixels));
            dataset.SetDate(SynthesisTags.DateOfSecondaryCapture, capturedAt); // PS3.3 C.8.6.2 SC Image Module
            dataset.SetTime(SynthesisTags.TimeOfSecondaryCapture, capturedAt);
            SopCommonModule.Write(dataset, SynthesisSopClasses.SecondaryCaptureImage, context.Uids.Instance(series.Number, instance), capturedAt);
            images.Add(dataset);
        }
        return images;
    }

    // PS3.3 C.8.6.1 SC Equipment Module: captured by a workstation.
    private static void WriteScEquipment(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.ConversionType, "WSD");
        dataset.Set(SynthesisTags.SecondaryCaptureDeviceManufacturer, "PacsLab");
        dataset.Set(SynthesisTags.SecondaryCaptureDeviceManufacturerModelName, "PacsLab Report Capture");
        dataset.Set(SynthesisTags.SecondaryCaptureDeviceSoftwareVersions, GeneralEquipmentModule.SoftwareVersion);
    }
}
