namespace PacsLab.Pacs.Corrections;

/// <summary>Where a study or split series go: a patient already in the PACS, or a new one created by the correction.</summary>
public sealed record PatientTarget
{
    private PatientTarget(PatientRef? existing, PatientDemographics? newPatient)
    {
        ExistingPatient = existing;
        NewPatient = newPatient;
    }

    /// <summary>Set when the target is a patient the PACS already has.</summary>
    public PatientRef? ExistingPatient { get; }

    /// <summary>Set when the correction creates the patient.</summary>
    public PatientDemographics? NewPatient { get; }

    public static PatientTarget Existing(string patientId, string issuerOfPatientId = "") => new(new PatientRef(patientId, issuerOfPatientId), null);

    public static PatientTarget Existing(PatientRef patient) => new(patient, null);

    public static PatientTarget New(PatientDemographics demographics) => new(null, demographics);
}
