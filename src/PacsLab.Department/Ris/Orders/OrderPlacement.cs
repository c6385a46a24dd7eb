using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// What it takes to place an order (from the console, the REST API or the scenario catalog). Text is trimmed; IDs
/// left out default to the accession number, and the Study Instance UID is made at placement unless given.
/// </summary>
public sealed record OrderPlacement
{
    /// <summary>Accession Number (0008,0050): 1 to 16 characters (SH), unique in the order book.</summary>
    public required string AccessionNumber { get; init; }

    public required PatientDemographics Patient { get; init; }

    /// <summary>Modality (0008,0060): one of <see cref="RisModalities.Known"/>.</summary>
    public required string Modality { get; init; }

    /// <summary>Scheduled Station AE Title (0040,0001): a legal AE title (1 to 16 characters, no backslash).</summary>
    public required string ScheduledStationAeTitle { get; init; }

    public string ScheduledStationName { get; init; } = "";

    public required DateTime ScheduledStart { get; init; }

    public string RequestedProcedureDescription { get; init; } = "";

    /// <summary>Requested Procedure ID (0040,1001); null to use the accession number.</summary>
    public string? RequestedProcedureId { get; init; }

    /// <summary>Scheduled Procedure Step ID (0040,0009); null to use the accession number.</summary>
    public string? ScheduledProcedureStepId { get; init; }

    /// <summary>Scheduled Procedure Step Description (0040,0007); null to use the requested procedure's description.</summary>
    public string? ScheduledProcedureStepDescription { get; init; }

    public string ReferringPhysicianName { get; init; } = "";

    public string ScheduledPerformingPhysicianName { get; init; } = "";

    /// <summary>Study Instance UID to use (e.g. a scenario that needs a known UID); null to make a new one.</summary>
    public string? StudyInstanceUid { get; init; }
}
