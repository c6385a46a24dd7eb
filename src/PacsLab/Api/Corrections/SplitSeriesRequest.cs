using PacsLab.Pacs.Corrections;

namespace PacsLab.Api.Corrections;

/// <summary>
/// POST /api/pacs/corrections/split-series: move the listed series into a new study for an existing or a new patient
/// (give one of the two; the study's own patient is allowed). <see cref="NewStudyAttributes"/> overrides what the new
/// study copies from the source.
/// </summary>
public sealed record SplitSeriesRequest(string StudyInstanceUid, IReadOnlyList<string> SeriesInstanceUids, PatientRef? ExistingPatient = null,
    PatientDemographics? NewPatient = null, StudyEdit? NewStudyAttributes = null, string? Reason = null);
