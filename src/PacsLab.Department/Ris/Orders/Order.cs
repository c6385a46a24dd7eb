using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Ris.Orders;

/// <summary>
/// An imaging order as the RIS keeps it: one requested procedure with one scheduled procedure step. It becomes one
/// worklist item (PS3.4 Table K.6-1); the modality copies the patient, the accession number and the Study Instance
/// UID from that item into the images, which is how the study finds its order again at the PACS.
/// </summary>
public sealed record Order
{
    /// <summary>Accession Number (0008,0050): unique in the order book.</summary>
    public required string AccessionNumber { get; init; }

    public required PatientDemographics Patient { get; init; }

    /// <summary>Requested Procedure ID (0040,1001).</summary>
    public required string RequestedProcedureId { get; init; }

    /// <summary>Requested Procedure Description (0032,1060), e.g. "CT CHEST W/O CONTRAST".</summary>
    public string RequestedProcedureDescription { get; init; } = "";

    /// <summary>Study Instance UID (0020,000D), made when the order is placed; the modality takes it from the worklist.</summary>
    public required string StudyInstanceUid { get; init; }

    /// <summary>Modality (0008,0060) of the scheduled step, e.g. CT.</summary>
    public required string Modality { get; init; }

    /// <summary>Scheduled Station AE Title (0040,0001): the modality that should do it.</summary>
    public required string ScheduledStationAeTitle { get; init; }

    /// <summary>Scheduled Station Name (0040,0010).</summary>
    public string ScheduledStationName { get; init; } = "";

    /// <summary>Scheduled Procedure Step ID (0040,0009).</summary>
    public required string ScheduledProcedureStepId { get; init; }

    /// <summary>Scheduled Procedure Step Start Date (0040,0002) and Time (0040,0003), as the department's wall clock reads.</summary>
    public required DateTime ScheduledStart { get; init; }

    /// <summary>Scheduled Procedure Step Description (0040,0007).</summary>
    public string ScheduledProcedureStepDescription { get; init; } = "";

    /// <summary>Referring Physician's Name (0008,0090), PN form.</summary>
    public string ReferringPhysicianName { get; init; } = "";

    /// <summary>Scheduled Performing Physician's Name (0040,0006), PN form.</summary>
    public string ScheduledPerformingPhysicianName { get; init; } = "";

    public OrderStatus Status { get; init; } = OrderStatus.Scheduled;

    /// <summary>Every status the order took, oldest first, starting with its placement.</summary>
    public IReadOnlyList<OrderStatusChange> History { get; init; } = [];

    /// <summary>The Study Instance UID the modality reported on completion (normally the same as <see cref="StudyInstanceUid"/>).</summary>
    public string? PerformedStudyInstanceUid { get; init; }

    /// <summary>How many images the modality reported on completion.</summary>
    public int? ImageCount { get; init; }
}
