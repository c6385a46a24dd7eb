using PacsLab.Department.Catalog;
using PacsLab.Department.Synthesis.Modules;
using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis;

/// <summary>CR Image IOD (PS3.3 A.2): a PA chest radiograph read from a storage phosphor plate, about 2000x2500, 12 bits.</summary>
internal sealed class CrStudyBuilder : IModalityBuilder
{
    public string Modality => "CR";

    public StudyTemplate DefaultTemplate { get; } = new("CR", "XR CHEST PA", "CHEST", [new SeriesTemplate("PA", 1)]);

    public IReadOnlyList<DicomDataset> Build(SynthesisContext context)
    {
        var series = context.Series(0, "PA", 1, TimeSpan.FromMinutes(1));
        var header = SeriesHeader.Build(context, series, Modality, "PacsLab CR Reader 35");
        WriteCrSeries(header);
        var images = new List<DicomDataset>();
        for (var instance = 1; instance <= series.Images; instance++)
        {
            var dataset = header.Clone();
            var acquiredAt = series.StartsAt + TimeSpan.FromSeconds(40 * (instance - 1));
            GeneralImageModule.Write(dataset, new ImageInfo(instance, ["ORIGINAL", "PRIMARY"], acquiredAt, instance, ChestRadiograph.PatientOrientation));
            var image = ChestRadiograph.Render(context, series, instance);
            ImagePixelModule.Write(dataset, image);
            WriteCrImage(dataset, context);
            ChestRadiograph.WriteWindow(dataset, image);
            SopCommonModule.Write(dataset, SynthesisSopClasses.ComputedRadiographyImage, context.Uids.Instance(series.Number, instance), acquiredAt.AddSeconds(50));
            images.Add(dataset);
        }
        return images;
    }

    // PS3.3 C.8.1.1 CR Series Module (Body Part Examined is written with the General Series Module).
    private static void WriteCrSeries(DicomDataset dataset)
    {
        dataset.Set(SynthesisTags.ViewPosition, "PA");
        dataset.Set(SynthesisTags.PlateType, "ST-VI");
        dataset.Set(SynthesisTags.PhosphorType, "BAFBR");
    }

    // PS3.3 C.8.1.2 CR Image Module (Photometric Interpretation is written with the pixel data).
    private static void WriteCrImage(DicomDataset dataset, SynthesisContext context)
    {
        ChestRadiograph.WriteTechnique(dataset);
        var spacing = ChestRadiograph.PixelSpacing(context);
        dataset.SetNumbers(SynthesisTags.ImagerPixelSpacing, spacing, spacing);
        dataset.SetNumbers(SynthesisTags.RescaleIntercept, 0);
        dataset.SetNumbers(SynthesisTags.RescaleSlope, 1);
        dataset.Set(SynthesisTags.RescaleType, "US");
    }
}
