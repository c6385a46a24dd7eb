using System.Globalization;
using PacsLab.Department.Configuration;

namespace PacsLab.Department.Modalities;

/// <summary>
/// What a typed-in registration must be to become valid DICOM (PS3.5 6.2 value rules): lengths, no backslash, a real
/// date. Spelling is not checked: a typo is the operator's, and finding it later is the trainee's job.
/// </summary>
public static class ManualRegistrationRules
{
    public static IReadOnlyList<ConfigurationError> Check(ManualRegistration registration)
    {
        var errors = new List<ConfigurationError>();
        void Add(string field, string? problem)
        {
            if (problem is not null) errors.Add(new ConfigurationError(field, problem));
        }
        if (string.IsNullOrWhiteSpace(registration.PatientName) && string.IsNullOrWhiteSpace(registration.PatientId))
            Add("patientName", "type the patient's name or ID (or both)");
        Add("patientName", Text(registration.PatientName, 64, "Patient's Name (PN)"));
        Add("patientId", Text(registration.PatientId, 64, "Patient ID (LO)"));
        Add("accessionNumber", Text(registration.AccessionNumber, 16, "Accession Number (SH)"));
        Add("studyDescription", Text(registration.StudyDescription, 64, "Study Description (LO)"));
        Add("referringPhysicianName", Text(registration.ReferringPhysicianName, 64, "Referring Physician's Name (PN)"));
        if (!string.IsNullOrWhiteSpace(registration.BirthDate)
            && !DateOnly.TryParseExact(registration.BirthDate.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            Add("birthDate", $"'{registration.BirthDate}' is not a date in the form YYYYMMDD (e.g. 19750412)");
        if (!string.IsNullOrWhiteSpace(registration.Sex) && registration.Sex.Trim().ToUpperInvariant() is not ("M" or "F" or "O"))
            Add("sex", $"'{registration.Sex}' is not M, F or O");
        return errors;
    }

    private static string? Text(string? value, int maxLength, string what)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength) return $"{what} allows at most {maxLength} characters; this has {trimmed.Length}";
        if (trimmed.Any(c => c == '\\' || char.IsControl(c))) return $"{what} cannot contain a backslash or control characters";
        return null;
    }
}
