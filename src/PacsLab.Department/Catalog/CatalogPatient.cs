using System.Globalization;
using PacsLab.Department.Synthesis;

namespace PacsLab.Department.Catalog;

/// <summary>A patient of the sample catalog.</summary>
/// <param name="Id">Patient ID (0010,0020).</param>
/// <param name="Name">Patient's Name (0010,0010) in DICOM PN form, e.g. <c>O'BRIEN^SEAN</c>.</param>
/// <param name="BirthDate">Patient's Birth Date (0010,0030).</param>
/// <param name="Sex">Patient's Sex (0010,0040): M, F or O.</param>
/// <param name="IssuerOfPatientId">Issuer of Patient ID (0010,0021), or null.</param>
public sealed record CatalogPatient(string Id, string Name, DateOnly BirthDate, string Sex, string? IssuerOfPatientId = null)
{
    public PatientDemographics ToDemographics() =>
        new(Id, Name, BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture), Sex, IssuerOfPatientId);
}
