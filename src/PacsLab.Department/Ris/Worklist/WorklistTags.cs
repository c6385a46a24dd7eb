using PacsLab.Dicom;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>The attributes of a worklist item that PacsLab fills, from PS3.4 Table K.6-1.</summary>
public static class WorklistTags
{
    // Imaging Service Request
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);

    // Patient Identification and Demographics
    public static readonly DicomTag PatientName = DicomTags.PatientName;
    public static readonly DicomTag PatientID = DicomTags.PatientID;
    public static readonly DicomTag IssuerOfPatientID = new(0x0010, 0x0021);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);

    // Requested Procedure
    public static readonly DicomTag StudyInstanceUID = DicomTags.StudyInstanceUID;
    public static readonly DicomTag RequestedProcedureDescription = new(0x0032, 0x1060);
    public static readonly DicomTag RequestedProcedureID = new(0x0040, 0x1001);

    // Scheduled Procedure Step: the sequence and the attributes of its item
    public static readonly DicomTag ScheduledProcedureStepSequence = new(0x0040, 0x0100);
    public static readonly DicomTag Modality = DicomTags.Modality;
    public static readonly DicomTag ScheduledStationAETitle = new(0x0040, 0x0001);
    public static readonly DicomTag ScheduledProcedureStepStartDate = new(0x0040, 0x0002);
    public static readonly DicomTag ScheduledProcedureStepStartTime = new(0x0040, 0x0003);
    public static readonly DicomTag ScheduledPerformingPhysicianName = new(0x0040, 0x0006);
    public static readonly DicomTag ScheduledProcedureStepDescription = new(0x0040, 0x0007);
    public static readonly DicomTag ScheduledProcedureStepID = new(0x0040, 0x0009);
    public static readonly DicomTag ScheduledStationName = new(0x0040, 0x0010);
    public static readonly DicomTag ScheduledProcedureStepStatus = new(0x0040, 0x0020);

    /// <summary>Top-level attributes the worklist matches on; keys on others are answered but not matched (PS3.4 K.2.2.1.1.2).</summary>
    public static IReadOnlySet<DicomTag> ItemAttributes { get; } = new HashSet<DicomTag>
    {
        AccessionNumber, ReferringPhysicianName, PatientName, PatientID, IssuerOfPatientID, PatientBirthDate, PatientSex,
        StudyInstanceUID, RequestedProcedureDescription, RequestedProcedureID, ScheduledProcedureStepSequence,
    };

    /// <summary>Attributes of the Scheduled Procedure Step Sequence item the worklist matches on.</summary>
    public static IReadOnlySet<DicomTag> StepAttributes { get; } = new HashSet<DicomTag>
    {
        Modality, ScheduledStationAETitle, ScheduledProcedureStepStartDate, ScheduledProcedureStepStartTime,
        ScheduledPerformingPhysicianName, ScheduledProcedureStepDescription, ScheduledProcedureStepID, ScheduledStationName,
        ScheduledProcedureStepStatus,
    };
}
