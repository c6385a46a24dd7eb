using System.Text.Encodings.Web;
using System.Text.Json;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>The patient and study fields an audit record keeps before and after a correction, as JSON.</summary>
internal static class AuditJson
{
    /// <summary>
    /// Names stay readable (MÜLLER, O'BRIEN rather than \u00DC and \u0027): the JSON is stored and shown as text,
    /// never pasted into HTML unescaped.
    /// </summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of(object value) => JsonSerializer.Serialize(value, Options);

    public static object Patient(PatientRecord patient) => new
    {
        patient.PatientId,
        patient.IssuerOfPatientId,
        patient.PatientName,
        patient.PatientBirthDate,
        patient.PatientSex,
    };

    /// <summary>A study with the patient it is filed under; needs <see cref="StudyRecord.Patient"/> loaded.</summary>
    public static object Study(StudyRecord study) => new
    {
        study.StudyInstanceUid,
        study.Patient?.PatientId,
        study.Patient?.IssuerOfPatientId,
        study.Patient?.PatientName,
        study.AccessionNumber,
        study.StudyDate,
        study.StudyDescription,
        study.ReferringPhysicianName,
        study.ModalitiesInStudy,
        study.NumberOfSeries,
        study.NumberOfInstances,
        study.SizeBytes,
        study.PatientIdentityConflict,
        study.DeletedAt,
        SeriesInstanceUids = study.Series.OrderBy(s => s.Id).Select(s => s.SeriesInstanceUid).ToList(),
    };
}
