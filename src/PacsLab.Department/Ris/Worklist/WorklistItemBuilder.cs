using System.Globalization;
using PacsLab.Department.Ris.Orders;
using PacsLab.Dicom;

namespace PacsLab.Department.Ris.Worklist;

/// <summary>
/// Turns an order into the worklist item a Modality Worklist C-FIND matches and answers from (PS3.4 Table K.6-1).
/// Empty order fields are left out, so a key on them does not match (PS3.4 K.2.2.1.1.1) and is returned zero length.
/// </summary>
public static class WorklistItemBuilder
{
    /// <summary>ISO_IR 192 (UTF-8), used when some text is beyond ASCII (PS3.3 C.12.1.1.2).</summary>
    private const string Utf8 = "ISO_IR 192";

    public static DicomDataset Build(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var item = new DicomDataset();
        if (Texts(order).Any(t => t.Any(c => c > 0x7E))) item.AddOrUpdate(DicomTags.SpecificCharacterSet, DicomVR.CS, Utf8);

        Add(item, WorklistTags.AccessionNumber, DicomVR.SH, order.AccessionNumber);
        Add(item, WorklistTags.ReferringPhysicianName, DicomVR.PN, order.ReferringPhysicianName);
        Add(item, WorklistTags.PatientName, DicomVR.PN, order.Patient.PatientName);
        Add(item, WorklistTags.PatientID, DicomVR.LO, order.Patient.PatientId);
        Add(item, WorklistTags.IssuerOfPatientID, DicomVR.LO, order.Patient.IssuerOfPatientId);
        Add(item, WorklistTags.PatientBirthDate, DicomVR.DA, order.Patient.BirthDate);
        Add(item, WorklistTags.PatientSex, DicomVR.CS, order.Patient.Sex);
        Add(item, WorklistTags.StudyInstanceUID, DicomVR.UI, order.StudyInstanceUid);
        Add(item, WorklistTags.RequestedProcedureDescription, DicomVR.LO, order.RequestedProcedureDescription);
        Add(item, WorklistTags.RequestedProcedureID, DicomVR.SH, order.RequestedProcedureId);

        // The step item is attached before it is filled, so its text is encoded with the item's character set.
        var step = new DicomDataset();
        item.AddOrUpdate(new DicomSequence(WorklistTags.ScheduledProcedureStepSequence, step));
        Add(step, WorklistTags.Modality, DicomVR.CS, order.Modality);
        Add(step, WorklistTags.ScheduledStationAETitle, DicomVR.AE, order.ScheduledStationAeTitle);
        Add(step, WorklistTags.ScheduledProcedureStepStartDate, DicomVR.DA, order.ScheduledStart.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Add(step, WorklistTags.ScheduledProcedureStepStartTime, DicomVR.TM, order.ScheduledStart.ToString("HHmmss", CultureInfo.InvariantCulture));
        Add(step, WorklistTags.ScheduledPerformingPhysicianName, DicomVR.PN, order.ScheduledPerformingPhysicianName);
        Add(step, WorklistTags.ScheduledProcedureStepDescription, DicomVR.LO, order.ScheduledProcedureStepDescription);
        Add(step, WorklistTags.ScheduledProcedureStepID, DicomVR.SH, order.ScheduledProcedureStepId);
        Add(step, WorklistTags.ScheduledStationName, DicomVR.SH, order.ScheduledStationName);
        Add(step, WorklistTags.ScheduledProcedureStepStatus, DicomVR.CS, ScheduledStepStatus.Of(order.Status));
        return item;
    }

    private static void Add(DicomDataset target, DicomTag tag, DicomVR vr, string? value)
    {
        if (!string.IsNullOrEmpty(value)) target.AddOrUpdate(tag, vr, value);
    }

    private static IEnumerable<string> Texts(Order order) =>
        new[]
        {
            order.ReferringPhysicianName, order.Patient.PatientName, order.Patient.PatientId, order.Patient.IssuerOfPatientId,
            order.RequestedProcedureDescription, order.ScheduledPerformingPhysicianName, order.ScheduledProcedureStepDescription,
            order.ScheduledStationName, order.AccessionNumber, order.RequestedProcedureId, order.ScheduledProcedureStepId,
        }.OfType<string>();
}
