using System.Globalization;
using PacsLab.Dicom;

namespace PacsLab.Department.Modalities;

/// <summary>
/// The C-FIND identifier a modality sends to the worklist (PS3.4 K.6.1.2.2): matching keys for its station AE title,
/// modality and the start-date range inside the Scheduled Procedure Step Sequence; every other key empty, to be
/// returned.
/// </summary>
public static class WorklistIdentifier
{
    public static DicomDataset Build(string stationAeTitle, string modality, WorklistQuery query)
    {
        var step = new DicomDataset()
            .AddOrUpdate(WorklistTags.ScheduledStationAETitle, DicomVR.AE, stationAeTitle)
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, DateRange(query))
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepStartTime, DicomVR.TM, "")
            .AddOrUpdate(DicomTags.Modality, DicomVR.CS, modality)
            .AddOrUpdate(WorklistTags.ScheduledPerformingPhysicianName, DicomVR.PN, "")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepDescription, DicomVR.LO, "")
            .AddOrUpdate(WorklistTags.ScheduledStationName, DicomVR.SH, "")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepID, DicomVR.SH, "")
            .AddOrUpdate(WorklistTags.ScheduledProcedureStepStatus, DicomVR.CS, "");
        return new DicomDataset()
            .AddOrUpdate(WorklistTags.AccessionNumber, DicomVR.SH, "")
            .AddOrUpdate(WorklistTags.ReferringPhysicianName, DicomVR.PN, "")
            .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "")
            .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, "")
            .AddOrUpdate(WorklistTags.IssuerOfPatientID, DicomVR.LO, "")
            .AddOrUpdate(WorklistTags.PatientBirthDate, DicomVR.DA, "")
            .AddOrUpdate(WorklistTags.PatientSex, DicomVR.CS, "")
            .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, "")
            .AddOrUpdate(WorklistTags.RequestedProcedureDescription, DicomVR.LO, "")
            .AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence, step))
            .AddOrUpdate(WorklistTags.RequestedProcedureID, DicomVR.SH, "");
    }

    /// <summary>A single date, or a range "YYYYMMDD-YYYYMMDD" (PS3.4 C.2.2.2.5).</summary>
    private static string DateRange(WorklistQuery query)
    {
        var from = query.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return query.From == query.To ? from : $"{from}-{query.To.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
    }
}
