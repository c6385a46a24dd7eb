namespace PacsLab.Department.Synthesis;

/// <summary>
/// What a modality is asked to acquire: the patient and order (from a worklist item or typed by hand), the device
/// that acquires it, and a seed so that the same request always gives the same pixels and UIDs.
/// </summary>
public sealed record StudyRequest
{
    /// <summary>Modality (0008,0060): CT, MR, CR, DX, US or OT (secondary capture).</summary>
    public required string Modality { get; init; }

    public required PatientDemographics Patient { get; init; }

    /// <summary>Accession Number (0008,0050); empty when the study was not ordered (an unscheduled walk-in).</summary>
    public string AccessionNumber { get; init; } = "";

    /// <summary>Study Instance UID to use, as the worklist item gives it; null to make a new one from the seed.</summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Study Description (0008,1030), usually the requested procedure's description.</summary>
    public string? StudyDescription { get; init; }

    public string? ReferringPhysicianName { get; init; }
    public string? RequestedProcedureId { get; init; }
    public string? ScheduledProcedureStepId { get; init; }

    /// <summary>Station Name (0008,1010) and the AE title the device sends from (Source AE Title in the meta group).</summary>
    public string StationName { get; init; } = "";
    public string StationAeTitle { get; init; } = "";

    public string Manufacturer { get; init; } = "PacsLab";
    public string InstitutionName { get; init; } = "PacsLab General Hospital";

    /// <summary>When the acquisition happens: Study, Series, Acquisition and Content dates and times derive from it.</summary>
    public required DateTime AcquiredAt { get; init; }

    /// <summary>Everything random (phantom details, UIDs when none is given) derives from this seed.</summary>
    public int Seed { get; init; }

    /// <summary>How many images (CT slices, MR slices per series); null lets the synthesizer pick the modality's usual.</summary>
    public int? ImagesPerSeries { get; init; }
}
