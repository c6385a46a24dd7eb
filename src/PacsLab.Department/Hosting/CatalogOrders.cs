using PacsLab.Department.Catalog;
using PacsLab.Department.Ris.Orders;

namespace PacsLab.Department.Hosting;

/// <summary>
/// Turns the sample catalog into RIS orders: the catalog's orders for the days around today, and, when the
/// worklist has run dry, a new order for a catalog patient and a study template of the station's modality (so the
/// department keeps working day after day).
/// </summary>
public sealed class CatalogOrders(SampleCatalog catalog, TimeProvider time)
{
    private int _made;

    public SampleCatalog Catalog => catalog;

    /// <summary>The catalog's orders placed relative to today (yesterday's, today's and tomorrow's).</summary>
    public IReadOnlyList<OrderPlacement> ForToday()
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return catalog.Orders.Select(o => new OrderPlacement
        {
            AccessionNumber = o.AccessionNumber,
            Patient = catalog.FindPatient(o.PatientId)!.ToDemographics(),
            Modality = o.Modality,
            ScheduledStationAeTitle = o.ScheduledStationAeTitle,
            ScheduledStationName = o.ScheduledStationAeTitle,
            ScheduledStart = o.ScheduledAt(today),
            RequestedProcedureId = o.RequestedProcedureId,
            RequestedProcedureDescription = o.RequestedProcedureDescription,
            ReferringPhysicianName = o.ReferringPhysicianName,
        }).ToList();
    }

    /// <summary>
    /// A new order scheduled now for <paramref name="stationAeTitle"/>, or null when the catalog has no study template
    /// for <paramref name="modality"/>. Accession numbers are unique per second and call (e.g. <c>T2611241030150</c>).
    /// </summary>
    public OrderPlacement? NewOrder(string modality, string stationAeTitle)
    {
        var templates = catalog.TemplatesFor(modality).ToList();
        if (templates.Count == 0 || catalog.Patients.Count == 0) return null;
        var made = Interlocked.Increment(ref _made);
        var now = time.GetLocalNow().DateTime;
        var patient = catalog.Patients[(made * 7 + now.Minute) % catalog.Patients.Count];
        var template = templates[made % templates.Count];
        var accession = $"T{now:yyMMddHHmmss}{made % 10}";
        return new OrderPlacement
        {
            AccessionNumber = accession,
            Patient = patient.ToDemographics(),
            Modality = modality,
            ScheduledStationAeTitle = stationAeTitle,
            ScheduledStationName = stationAeTitle,
            ScheduledStart = now,
            RequestedProcedureId = "RP" + accession[1..],
            RequestedProcedureDescription = template.StudyDescription,
            ReferringPhysicianName = "WALK-IN^CLINIC",
        };
    }
}
