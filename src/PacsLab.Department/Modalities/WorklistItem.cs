using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Modalities;

/// <summary>One scheduled procedure step from the worklist, typed: who, which order, which study, what to do.</summary>
public sealed record WorklistItem
{
    public required PatientDemographics Patient { get; init; }
    public string AccessionNumber { get; init; } = "";

    /// <summary>The Study Instance UID the RIS assigned, so the images land in the study the order expects; null when it gave none.</summary>
    public string? StudyInstanceUid { get; init; }

    public string RequestedProcedureId { get; init; } = "";
    public string? RequestedProcedureDescription { get; init; }
    public string ScheduledProcedureStepId { get; init; } = "";
    public string? ScheduledProcedureStepDescription { get; init; }
    public string Modality { get; init; } = "";
    public string ScheduledStationAeTitle { get; init; } = "";
    public string? ScheduledStationName { get; init; }

    /// <summary>Scheduled Procedure Step Start Date and Time; null when the RIS left them empty.</summary>
    public DateTime? ScheduledStart { get; init; }

    public string? ScheduledProcedureStepStatus { get; init; }
    public string? ReferringPhysicianName { get; init; }
    public string? ScheduledPerformingPhysicianName { get; init; }
}
