using PacsLab.Pacs.Corrections;

namespace PacsLab.Api.Corrections;

/// <summary>POST /api/pacs/corrections/reassign-study: file the study under another patient, existing or new (give one of the two).</summary>
public sealed record ReassignStudyRequest(string StudyInstanceUid, PatientRef? ExistingPatient = null, PatientDemographics? NewPatient = null,
    string? Reason = null);
