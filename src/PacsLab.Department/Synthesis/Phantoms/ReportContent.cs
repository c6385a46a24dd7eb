namespace PacsLab.Department.Synthesis.Phantoms;

/// <summary>What the report screenshot shows about the patient and the order.</summary>
internal sealed record ReportContent(
    string PatientName,
    string PatientId,
    string BirthDate,
    string Sex,
    string AccessionNumber,
    string Description,
    string ReferringPhysician,
    DateTime ReportedAt);
