using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Modalities;

/// <summary>What to acquire, from a worklist item or a manual registration; <see cref="Source"/> says which, for the log.</summary>
internal sealed record AcquisitionOrder(
    PatientDemographics Patient,
    string AccessionNumber,
    string? StudyInstanceUid,
    string? StudyDescription,
    string? ReferringPhysicianName,
    string? RequestedProcedureId,
    string? ScheduledProcedureStepId,
    string Source)
{
    public static AcquisitionOrder From(WorklistItem item) => new(
        item.Patient, item.AccessionNumber, item.StudyInstanceUid,
        item.RequestedProcedureDescription ?? item.ScheduledProcedureStepDescription,
        item.ReferringPhysicianName, item.RequestedProcedureId, item.ScheduledProcedureStepId, "worklist");

    /// <summary>
    /// A typed-in registration. With no Patient ID the console makes a temporary one (<c>TMP</c> and the time), as
    /// modalities do for an emergency patient: a study the PACS administrator will have to reconcile later.
    /// </summary>
    public static AcquisitionOrder From(ManualRegistration registration, DateTime now) => new(
        new PatientDemographics(Blank(registration.PatientId) ?? $"TMP{now:yyMMddHHmmss}", registration.PatientName.Trim(), Blank(registration.BirthDate),
            Blank(registration.Sex)?.ToUpperInvariant()),
        registration.AccessionNumber.Trim(), null, Blank(registration.StudyDescription), Blank(registration.ReferringPhysicianName),
        null, null, "manual registration");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
