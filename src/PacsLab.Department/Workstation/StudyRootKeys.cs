using PacsLab.Dicom;

namespace PacsLab.Department.Workstation;

/// <summary>The Study Root identifiers the workstation sends (PS3.4 C.6.2.1): a STUDY level query and a study's retrieve keys.</summary>
internal static class StudyRootKeys
{
    /// <summary>The patient's studies (or one of them), with the attributes the prior list shows as return keys.</summary>
    public static DicomDataset StudiesOf(string patientId, string? studyInstanceUid) => new DicomDataset()
        .AddOrUpdate(WorkstationTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.PatientName, DicomVR.PN, "")
        .AddOrUpdate(DicomTags.PatientID, DicomVR.LO, patientId)
        .AddOrUpdate(DicomTags.StudyDate, DicomVR.DA, "")
        .AddOrUpdate(WorkstationTags.StudyTime, DicomVR.TM, "")
        .AddOrUpdate(WorkstationTags.AccessionNumber, DicomVR.SH, "")
        .AddOrUpdate(WorkstationTags.StudyDescription, DicomVR.LO, "")
        .AddOrUpdate(WorkstationTags.ModalitiesInStudy, DicomVR.CS, "")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyInstanceUid ?? "");

    /// <summary>Retrieve one study: the level and its unique key.</summary>
    public static DicomDataset Study(string studyInstanceUid) => new DicomDataset()
        .AddOrUpdate(WorkstationTags.QueryRetrieveLevel, DicomVR.CS, "STUDY")
        .AddOrUpdate(DicomTags.StudyInstanceUID, DicomVR.UI, studyInstanceUid);
}
