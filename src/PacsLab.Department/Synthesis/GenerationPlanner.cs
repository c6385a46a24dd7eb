using System.Globalization;
using PacsLab.Department.Catalog;

namespace PacsLab.Department.Synthesis;

/// <summary>
/// Turns a <see cref="GenerationPlan"/> into study requests: patients from the catalog (then synthetic ones), each
/// study filled from the patient's catalog order of that modality when there is one (accession, procedure,
/// referring physician, station), else from the modality's first study template with a generated accession.
/// </summary>
public static class GenerationPlanner
{
    /// <summary>The station each modality sends from when no order names one.</summary>
    public static string StationFor(string modality) => modality switch
    {
        "CT" => "CT_ROOM1",
        "MR" => "MR_3T",
        "CR" or "DX" => "CR_ER",
        "US" => "US_CLINIC",
        _ => "WS_READING1",
    };

    public static IReadOnlyList<StudyRequest> Plan(SampleCatalog catalog, GenerationPlan plan)
    {
        if (plan.Modalities.Count == 0) throw new ArgumentException("The plan names no modality.", nameof(plan));
        var requests = new List<StudyRequest>();
        for (var p = 0; p < plan.Patients; p++)
        {
            var patient = p < catalog.Patients.Count ? catalog.Patients[p] : SyntheticPatients.Make(plan.Seed, p - catalog.Patients.Count);
            var used = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var s = 0; s < plan.StudiesPerPatient; s++)
            {
                var k = p * plan.StudiesPerPatient + s;
                var modality = plan.Modalities[k % plan.Modalities.Count];
                var nth = used[modality] = used.GetValueOrDefault(modality) + 1;
                var order = catalog.Orders.Where(o => o.PatientId == patient.Id && o.Modality == modality).Skip(nth - 1).FirstOrDefault();
                requests.Add(Request(catalog, plan, patient, modality, order, p, s, k));
            }
        }
        return requests;
    }

    private static StudyRequest Request(SampleCatalog catalog, GenerationPlan plan, CatalogPatient patient, string modality, CatalogOrder? order, int p, int s, int k)
    {
        var description = order?.RequestedProcedureDescription ?? catalog.TemplatesFor(modality).FirstOrDefault()?.StudyDescription;
        var accession = order?.AccessionNumber
            ?? "G" + ((uint)plan.Seed % 1000).ToString("D3", CultureInfo.InvariantCulture) + (p + 1).ToString("D4", CultureInfo.InvariantCulture) + (s + 1).ToString("D2", CultureInfo.InvariantCulture);
        var station = order?.ScheduledStationAeTitle ?? StationFor(modality);
        return new StudyRequest
        {
            Modality = modality,
            Patient = patient.ToDemographics(),
            AccessionNumber = accession,
            StudyDescription = description,
            ReferringPhysicianName = order?.ReferringPhysicianName ?? "KILDARE^JAMES^^DR",
            RequestedProcedureId = order?.RequestedProcedureId ?? "RP" + accession,
            ScheduledProcedureStepId = "SPS" + accession,
            StationName = station.Replace("_", "", StringComparison.Ordinal),
            StationAeTitle = station,
            AcquiredAt = plan.Date.ToDateTime(new TimeOnly(8, 0)).AddMinutes(20 * k),
            Seed = unchecked(plan.Seed * 1_000_003 + p * 1_009 + s),
            ImagesPerSeries = plan.ImagesPerSeries,
        };
    }
}
