using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Store;

/// <summary>
/// Index rows as an instance's attributes make them: new patient, study and series rows, and the same attributes
/// written over existing rows when a replacing copy says otherwise (PS3.4 C.6.1.1 levels, the keys the index keeps).
/// </summary>
internal static class IndexRows
{
    public static PatientRecord NewPatient(IndexedAttributes a, DateTimeOffset now) => new()
    {
        PatientId = a.PatientId, IssuerOfPatientId = a.IssuerOfPatientId, PatientName = a.PatientName,
        PatientBirthDate = a.PatientBirthDate, PatientSex = a.PatientSex, CreatedAt = now,
    };

    public static StudyRecord NewStudy(IndexedAttributes a, PatientRecord patient, DateTimeOffset now)
    {
        var study = new StudyRecord { Patient = patient, StudyInstanceUid = a.StudyInstanceUid, CreatedAt = now, UpdatedAt = now };
        SetStudy(study, a);
        return study;
    }

    public static SeriesRecord NewSeries(IndexedAttributes a, StudyRecord study)
    {
        var series = new SeriesRecord { Study = study, SeriesInstanceUid = a.SeriesInstanceUid };
        SetSeries(series, a);
        return series;
    }

    /// <summary>The patient's demographics; identity (Patient ID and issuer) is not touched here.</summary>
    public static void SetPatient(PatientRecord patient, IndexedAttributes a)
    {
        patient.PatientName = a.PatientName;
        patient.PatientBirthDate = a.PatientBirthDate;
        patient.PatientSex = a.PatientSex;
    }

    public static void SetStudy(StudyRecord study, IndexedAttributes a)
    {
        study.StudyDate = a.StudyDate;
        study.StudyTime = a.StudyTime;
        study.AccessionNumber = a.AccessionNumber;
        study.StudyId = a.StudyId;
        study.StudyDescription = a.StudyDescription;
        study.ReferringPhysicianName = a.ReferringPhysicianName;
    }

    public static void SetSeries(SeriesRecord series, IndexedAttributes a)
    {
        series.Modality = a.Modality;
        series.SeriesNumber = a.SeriesNumber;
        series.SeriesDescription = a.SeriesDescription;
        series.BodyPartExamined = a.BodyPartExamined;
        series.SeriesDate = a.SeriesDate;
        series.SeriesTime = a.SeriesTime;
    }

    public static bool SamePatient(PatientRecord patient, IndexedAttributes a) =>
        patient.PatientId == a.PatientId && patient.IssuerOfPatientId == a.IssuerOfPatientId;

    /// <summary>
    /// An instance whose Patient ID or issuer differs from its study's patient stays in the study, which is flagged for an
    /// administrator; the text is the C-STORE warning's comment. Null when they agree.
    /// </summary>
    public static string? CheckPatientIdentity(StudyRecord study, IndexedAttributes a)
    {
        var patient = study.Patient!;
        if (SamePatient(patient, a)) return null;
        var conflict = $"Patient ID '{a.PatientId}' ({a.PatientName}) differs from '{patient.PatientId}' ({patient.PatientName}) on file for this study; " +
                       "stored in the study and flagged as a patient-identity conflict";
        study.PatientIdentityConflict ??= conflict;
        return conflict;
    }

    public static AuditRecord RestoredByStore(StudyRecord study, StagedInstance staged, DateTimeOffset now) => new()
    {
        At = now, Actor = $"dicom:{staged.CallingAeTitle}", Action = "study-restored-by-store", Target = $"study {study.StudyInstanceUid}",
        Summary = $"The study was in the recycle bin; {staged.CallingAeTitle} sent an instance of it again, so it is live again.",
    };
}
