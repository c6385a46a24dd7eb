using PacsLab.Dicom;

namespace PacsLab.Department.Synthesis.Modules;

/// <summary>
/// The modules every image of a series shares (Patient, General Study, General Series, General Equipment), written
/// once per series; each image starts from a copy.
/// </summary>
internal static class SeriesHeader
{
    public static DicomDataset Build(SynthesisContext context, SeriesPlan series, string modality, string modelName, string? patientPosition = null)
    {
        var dataset = context.NewDataset();
        PatientModule.Write(dataset, context);
        GeneralStudyModule.Write(dataset, context);
        GeneralSeriesModule.Write(dataset, context, series, modality, patientPosition);
        GeneralEquipmentModule.Write(dataset, context, modelName);
        return dataset;
    }
}
