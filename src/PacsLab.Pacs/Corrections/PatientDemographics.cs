namespace PacsLab.Pacs.Corrections;

/// <summary>A patient the PACS does not know yet, to be created by a reassign or a split.</summary>
/// <param name="PatientBirthDate">YYYYMMDD, or empty when unknown.</param>
/// <param name="PatientSex">M, F, O, or empty when unknown.</param>
public sealed record PatientDemographics(
    string PatientId,
    string PatientName,
    string PatientBirthDate = "",
    string PatientSex = "",
    string IssuerOfPatientId = "");
