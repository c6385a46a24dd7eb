using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>How audit summaries name patients and studies, so a trainee recognises them.</summary>
internal static class CorrectionText
{
    public static string Patient(PatientRecord patient)
    {
        var id = PatientRef.Of(patient).ToString();
        return patient.PatientName.Length == 0 ? $"patient {id}" : $"patient {id} ({patient.PatientName})";
    }

    public static string Study(StudyRecord study)
    {
        var details = new List<string>();
        if (study.AccessionNumber.Length > 0) details.Add($"accession {study.AccessionNumber}");
        if (study.StudyDate.Length > 0) details.Add($"dated {study.StudyDate}");
        if (study.ModalitiesInStudy.Length > 0) details.Add(study.ModalitiesInStudy);
        return details.Count == 0 ? $"study {study.StudyInstanceUid}" : $"study {study.StudyInstanceUid} ({string.Join(", ", details)})";
    }

    public static string Files(int count) => count == 1 ? "1 instance file" : $"{count} instance files";

    /// <summary>A value as a trainee reads it in a summary: quoted, or "(empty)".</summary>
    public static string Value(string value) => value.Length == 0 ? "(empty)" : $"'{value}'";

    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} bytes",
        < 1_000_000 => $"{bytes / 1_000.0:F1} kB",
        _ => $"{bytes / 1_000_000.0:F1} MB",
    };

    /// <summary>"Patient PID1 (DOE^JANE) had no other study and was removed.", said after a patient row went with its last study.</summary>
    public static string PatientRemoved(string patientText) => $" {char.ToUpperInvariant(patientText[0])}{patientText[1..]} had no other study and was removed.";

    public static string Conflict(bool cleared) =>
        cleared ? " Every file now carries the study's Patient ID, so the patient-identity conflict is cleared." : "";
}
