namespace PacsLab.Department.Synthesis;

/// <summary>Who the study is of, as a modality gets it from the worklist or from the operator typing it in.</summary>
/// <param name="PatientId">Patient ID (0010,0020).</param>
/// <param name="PatientName">Patient's Name (0010,0010) in DICOM PN form, e.g. <c>DOE^JANE</c>.</param>
/// <param name="BirthDate">Patient's Birth Date (0010,0030) as DA text (YYYYMMDD), or null when unknown.</param>
/// <param name="Sex">Patient's Sex (0010,0040): M, F, O, or null when unknown.</param>
/// <param name="IssuerOfPatientId">Issuer of Patient ID (0010,0021), or null.</param>
public sealed record PatientDemographics(
    string PatientId,
    string PatientName,
    string? BirthDate = null,
    string? Sex = null,
    string? IssuerOfPatientId = null);
