namespace PacsLab.Pacs.Corrections;

/// <summary>Names a patient as the PACS identifies one: Patient ID within its issuer (PS3.4 C.6.1.1.2).</summary>
public sealed record PatientRef(string PatientId, string IssuerOfPatientId = "")
{
    /// <summary>"PID1", or "PID1 (issuer HOSP_A)" when there is an issuer: how messages name the patient.</summary>
    public override string ToString() => IssuerOfPatientId.Length == 0 ? PatientId : $"{PatientId} (issuer {IssuerOfPatientId})";

    internal static PatientRef Of(Index.PatientRecord patient) => new(patient.PatientId, patient.IssuerOfPatientId);
}
