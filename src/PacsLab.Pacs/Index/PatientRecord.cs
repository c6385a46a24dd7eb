namespace PacsLab.Pacs.Index;

/// <summary>A patient as the PACS knows it: identified by Patient ID within its issuer (PS3.4 C.6.1.1.2).</summary>
public sealed class PatientRecord
{
    public long Id { get; set; }
    public required string PatientId { get; set; }
    public string IssuerOfPatientId { get; set; } = "";
    public string PatientName { get; set; } = "";
    public string PatientBirthDate { get; set; } = "";
    public string PatientSex { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<StudyRecord> Studies { get; set; } = [];
}
