using PacsLab.Department.Catalog;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// The small studies committed under sample-studies/: one reduced instance or two of each modality, made from the
/// catalog's orders on a fixed date with fixed seeds, so the files only change when the synthesizer or the
/// catalog does. A test regenerates them and fails when they differ from what is committed.
/// </summary>
public static class SampleStudySet
{
    /// <summary>The command that rewrites the committed files, run from the repository root.</summary>
    public const string RegenerateCommand = "dotnet run --project src/PacsLab -- generate --samples --out sample-studies";

    private static readonly DateTime AcquiredOn = new(2025, 1, 15, 9, 30, 0);

    /// <summary>Each sample: its request, and the synthesizer settings that keep it small.</summary>
    public static IReadOnlyList<(StudyRequest Request, SynthesisOptions Options)> Requests(SampleCatalog catalog)
    {
        var small = new SynthesisOptions { StudyTemplates = catalog.StudyTemplates, MatrixDivisor = 4 };
        var half = small with { MatrixDivisor = 2 };
        var radiograph = small with { MatrixDivisor = 8 };
        return
        [
            (FromOrder(catalog, "A10001", 0, 1), small),
            (FromOrder(catalog, "A10011", 1, 1), half),
            (FromOrder(catalog, "A10021", 2, 1), radiograph with { RadiographsAsMonochrome1 = true }),
            (FromOrder(catalog, "A10024", 3, 1), radiograph),
            (FromOrder(catalog, "A10031", 4, 1), half),
            (FromOrder(catalog, "A10041", 5, 1), half),
        ];
    }

    private static StudyRequest FromOrder(SampleCatalog catalog, string accession, int index, int images)
    {
        var order = catalog.FindOrder(accession) ?? throw new InvalidOperationException($"The sample set needs the order {accession}, which the catalog ({catalog.Source}) no longer has.");
        var patient = catalog.FindPatient(order.PatientId)!;
        return new StudyRequest
        {
            Modality = order.Modality,
            Patient = patient.ToDemographics(),
            AccessionNumber = order.AccessionNumber,
            StudyDescription = order.RequestedProcedureDescription,
            ReferringPhysicianName = order.ReferringPhysicianName,
            RequestedProcedureId = order.RequestedProcedureId,
            ScheduledProcedureStepId = "SPS" + order.AccessionNumber,
            StationName = order.ScheduledStationAeTitle.Replace("_", "", StringComparison.Ordinal),
            StationAeTitle = order.ScheduledStationAeTitle,
            AcquiredAt = AcquiredOn.AddMinutes(30 * index),
            Seed = 1000 + index,
            ImagesPerSeries = images,
        };
    }
}
