using PacsLab.Pacs.Corrections;

namespace PacsLab.Api.Corrections;

/// <summary>POST /api/pacs/corrections/merge-patients: move every study of <see cref="From"/> to <see cref="Into"/>; <see cref="From"/> goes.</summary>
public sealed record MergePatientsRequest(PatientRef From, PatientRef Into, string? Reason = null);
