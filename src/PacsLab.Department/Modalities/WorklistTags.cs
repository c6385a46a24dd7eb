using PacsLab.Dicom;

namespace PacsLab.Department.Modalities;

/// <summary>The Modality Worklist keys a modality asks for (PS3.4 Table K.6-1), beyond those in <see cref="DicomTags"/>.</summary>
public static class WorklistTags
{
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    public static readonly DicomTag IssuerOfPatientID = new(0x0010, 0x0021);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientSex = new(0x0010, 0x0040);
    public static readonly DicomTag RequestedProcedureDescription = new(0x0032, 0x1060);
    public static readonly DicomTag ScheduledStationAETitle = new(0x0040, 0x0001);
    public static readonly DicomTag ScheduledProcedureStepStartDate = new(0x0040, 0x0002);
    public static readonly DicomTag ScheduledProcedureStepStartTime = new(0x0040, 0x0003);
    public static readonly DicomTag ScheduledPerformingPhysicianName = new(0x0040, 0x0006);
    public static readonly DicomTag ScheduledProcedureStepDescription = new(0x0040, 0x0007);
    public static readonly DicomTag ScheduledProcedureStepID = new(0x0040, 0x0009);
    public static readonly DicomTag ScheduledStationName = new(0x0040, 0x0010);
    public static readonly DicomTag ScheduledProcedureStepStatus = new(0x0040, 0x0020);
    public static readonly DicomTag ScheduledProcedureStepSequence = new(0x0040, 0x0100);
    public static readonly DicomTag RequestedProcedureID = new(0x0040, 0x1001);
}
