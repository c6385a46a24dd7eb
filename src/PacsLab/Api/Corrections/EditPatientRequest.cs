using PacsLab.Pacs.Corrections;

namespace PacsLab.Api.Corrections;

/// <summary>POST /api/pacs/corrections/edit-patient: new demographics; a null field in <see cref="Changes"/> stays as it is.</summary>
public sealed record EditPatientRequest(PatientRef Patient, PatientEdit Changes, string? Reason = null);
