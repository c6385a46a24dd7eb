using System.Globalization;

namespace PacsLab.Pacs.Corrections;

/// <summary>
/// Checks the values a trainee types against the rules of their VRs (PS3.5 Table 6.2-1) before anything is written,
/// and returns them trimmed. A value a file cannot hold would otherwise only fail half-way through a rewrite.
/// </summary>
internal static class CorrectionInput
{
    private const int LoMaxLength = 64;
    private const int ShMaxLength = 16;
    private const int PnGroupMaxLength = 64;

    public static string Actor(string operation, string actor)
    {
        var value = (actor ?? "").Trim();
        if (value.Length == 0) throw Invalid(operation, "say who makes this correction (the actor is empty); the audit log records it");
        return value;
    }

    public static string? Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

    /// <summary>Patient ID (0010,0020), LO: required here, at most 64 characters, one value.</summary>
    public static string PatientId(string operation, string? value)
    {
        var text = Text(operation, "Patient ID (0010,0020)", value, LoMaxLength, "LO");
        if (text.Length == 0) throw Invalid(operation, "the Patient ID (0010,0020) is empty; a patient needs one");
        return text;
    }

    /// <summary>Issuer of Patient ID (0010,0021), LO; empty means none.</summary>
    public static string Issuer(string operation, string? value) => Text(operation, "Issuer of Patient ID (0010,0021)", value, LoMaxLength, "LO");

    /// <summary>Accession Number (0008,0050), SH: at most 16 characters.</summary>
    public static string AccessionNumber(string operation, string? value) => Text(operation, "Accession Number (0008,0050)", value, ShMaxLength, "SH");

    /// <summary>Study Description (0008,1030), LO.</summary>
    public static string StudyDescription(string operation, string? value) => Text(operation, "Study Description (0008,1030)", value, LoMaxLength, "LO");

    /// <summary>
    /// A person name, PN: one value (no backslash), at most three component groups (alphabetic=ideographic=phonetic)
    /// of at most five components each (family^given^middle^prefix^suffix), 64 characters per group.
    /// </summary>
    public static string PersonName(string operation, string attribute, string? value)
    {
        var text = (value ?? "").Trim();
        CheckCharacters(operation, attribute, text);
        var groups = text.Split('=');
        if (groups.Length > 3)
            throw Invalid(operation, $"the {attribute} '{text}' has {groups.Length} '='-separated groups; a person name has at most 3 (alphabetic=ideographic=phonetic)");
        foreach (var group in groups)
        {
            if (group.Length > PnGroupMaxLength)
                throw Invalid(operation, $"the {attribute} '{text}' has a part of {group.Length} characters; DICOM allows at most {PnGroupMaxLength} per name group (PN)");
            if (group.Split('^').Length > 5)
                throw Invalid(operation, $"the {attribute} '{text}' has more than 5 '^'-separated parts; write it as FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX");
        }
        return text;
    }

    /// <summary>Patient's Birth Date (0010,0030), DA: YYYYMMDD and a real date, or empty.</summary>
    public static string BirthDate(string operation, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0) return text;
        if (text.Length != 8 || !text.All(char.IsAsciiDigit)
            || !DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw Invalid(operation, $"the birth date '{text}' is not a DICOM date: write it as YYYYMMDD, e.g. 19700131 (DA)");
        return text;
    }

    /// <summary>Patient's Sex (0010,0040), CS: M, F or O (PS3.3 C.7.1.1), or empty when unknown.</summary>
    public static string Sex(string operation, string? value)
    {
        var text = (value ?? "").Trim().ToUpperInvariant();
        if (text is "" or "M" or "F" or "O") return text;
        throw Invalid(operation, $"the sex '{value}' is not one DICOM allows: M (male), F (female), O (other), or empty when unknown");
    }

    public static PatientRef Patient(string operation, PatientRef patient) =>
        new(PatientId(operation, patient.PatientId), Issuer(operation, patient.IssuerOfPatientId));

    /// <summary>Checks a new patient's demographics and returns them trimmed.</summary>
    public static PatientDemographics NewPatient(string operation, PatientDemographics patient) => new(
        PatientId(operation, patient.PatientId),
        PersonName(operation, "Patient's Name (0010,0010)", patient.PatientName),
        BirthDate(operation, patient.PatientBirthDate),
        Sex(operation, patient.PatientSex),
        Issuer(operation, patient.IssuerOfPatientId));

    public static PatientTarget Target(string operation, PatientTarget target) =>
        target.NewPatient is { } created ? PatientTarget.New(NewPatient(operation, created))
        : target.ExistingPatient is { } existing ? PatientTarget.Existing(Patient(operation, existing))
        : throw Invalid(operation, "say which patient to use: an existing one or a new one");

    public static PatientEdit Edit(string operation, PatientEdit edit) => new()
    {
        PatientId = edit.PatientId is null ? null : PatientId(operation, edit.PatientId),
        PatientName = edit.PatientName is null ? null : PersonName(operation, "Patient's Name (0010,0010)", edit.PatientName),
        PatientBirthDate = edit.PatientBirthDate is null ? null : BirthDate(operation, edit.PatientBirthDate),
        PatientSex = edit.PatientSex is null ? null : Sex(operation, edit.PatientSex),
    };

    public static StudyEdit Edit(string operation, StudyEdit edit) => new()
    {
        AccessionNumber = edit.AccessionNumber is null ? null : AccessionNumber(operation, edit.AccessionNumber),
        StudyDescription = edit.StudyDescription is null ? null : StudyDescription(operation, edit.StudyDescription),
        ReferringPhysicianName = edit.ReferringPhysicianName is null ? null : PersonName(operation, "Referring Physician's Name (0008,0090)", edit.ReferringPhysicianName),
    };

    public static string StudyUid(string operation, string? studyInstanceUid)
    {
        var text = (studyInstanceUid ?? "").Trim();
        if (text.Length == 0) throw Invalid(operation, "say which study: the Study Instance UID is empty");
        return text;
    }

    private static string Text(string operation, string attribute, string? value, int maxLength, string vr)
    {
        var text = (value ?? "").Trim();
        CheckCharacters(operation, attribute, text);
        if (text.Length > maxLength)
            throw Invalid(operation, $"the {attribute} '{Shorten(text)}' is {text.Length} characters long; DICOM allows at most {maxLength} ({vr})");
        return text;
    }

    private static void CheckCharacters(string operation, string attribute, string text)
    {
        if (text.Contains('\\'))
            throw Invalid(operation, $"the {attribute} '{Shorten(text)}' contains a backslash (\\), which DICOM reserves to separate values; remove it");
        if (text.Any(char.IsControl))
            throw Invalid(operation, $"the {attribute} '{Shorten(text)}' contains a control character (tab, line break ...); remove it");
    }

    private static string Shorten(string text) => text.Length > 70 ? text[..70] + "..." : text;

    private static CorrectionException Invalid(string operation, string message) => new(CorrectionErrorKind.Invalid, $"{operation}: {message}");
}
