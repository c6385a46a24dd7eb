namespace PacsLab.Department.Catalog;

/// <summary>
/// An imaging order of the sample catalog, as the RIS offers it on its modality worklist. The scheduled time is a
/// day offset from today plus a time of day, so the catalog stays current without editing.
/// </summary>
/// <param name="AccessionNumber">Accession Number (0008,0050), unique in the catalog.</param>
/// <param name="PatientId">The Patient ID of a catalog patient.</param>
/// <param name="Modality">CT, MR, CR, DX, US or OT.</param>
/// <param name="RequestedProcedureId">Requested Procedure ID (0040,1001).</param>
/// <param name="RequestedProcedureDescription">Requested Procedure Description (0032,1060); a study template of the modality has it as its description.</param>
/// <param name="ScheduledStationAeTitle">Scheduled Station AE Title (0040,0001), e.g. CT_ROOM1.</param>
/// <param name="ScheduledDayOffset">Days from today: 0 today, -1 yesterday, 2 the day after tomorrow.</param>
/// <param name="ScheduledTime">Scheduled time of day.</param>
/// <param name="ReferringPhysicianName">Referring Physician's Name (0008,0090) in DICOM PN form.</param>
public sealed record CatalogOrder(
    string AccessionNumber,
    string PatientId,
    string Modality,
    string RequestedProcedureId,
    string RequestedProcedureDescription,
    string ScheduledStationAeTitle,
    int ScheduledDayOffset,
    TimeOnly ScheduledTime,
    string ReferringPhysicianName)
{
    /// <summary>Scheduled Procedure Step Start Date and Time (0040,0002/0003) for the given today.</summary>
    public DateTime ScheduledAt(DateOnly today) => today.AddDays(ScheduledDayOffset).ToDateTime(ScheduledTime);
}
