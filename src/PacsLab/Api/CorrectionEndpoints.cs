using Microsoft.AspNetCore.Http.HttpResults;
using PacsLab.Api.Corrections;
using PacsLab.Pacs.Corrections;

namespace PacsLab.Api;

/// <summary>
/// The PACS administrator's corrections, one POST per operation of <see cref="StudyCorrectionService"/>. The answer
/// is the service's result (what changed, the audit summary); a refusal is a problem with the service's message:
/// 404 when a study or patient is not in the PACS, 400 for a request DICOM or the PACS does not allow, 409 when the
/// PACS's state is in the way, 500 when rewriting files or the index failed (nothing was changed).
/// </summary>
public static class CorrectionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/reassign-study", ReassignStudyAsync).WithName("ReassignStudy");
        group.MapPost("/merge-patients", MergePatientsAsync).WithName("MergePatients");
        group.MapPost("/edit-patient", EditPatientAsync).WithName("EditPatient");
        group.MapPost("/edit-study", EditStudyAsync).WithName("EditStudy");
        group.MapPost("/split-series", SplitSeriesAsync).WithName("SplitSeries");
        group.MapPost("/delete-study", DeleteStudyAsync).WithName("DeleteStudy");
        group.MapPost("/restore-study", RestoreStudyAsync).WithName("RestoreStudy");
        group.MapPost("/purge-study", PurgeStudyAsync).WithName("PurgeStudy");
    }

    private static Task<Results<Ok<StudyReassignedResult>, ProblemHttpResult>> ReassignStudyAsync(ReassignStudyRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.ReassignStudyAsync(body.StudyInstanceUid, Target("reassign", body.ExistingPatient, body.NewPatient),
            AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<PatientsMergedResult>, ProblemHttpResult>> MergePatientsAsync(MergePatientsRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.MergePatientsAsync(Required("merge", body.From, "from", "the patient to merge away"),
            Required("merge", body.Into, "into", "the patient to keep"), AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<PatientEditedResult>, ProblemHttpResult>> EditPatientAsync(EditPatientRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.EditPatientAsync(Required("edit patient", body.Patient, "patient", "the patient to edit"),
            Required("edit patient", body.Changes, "changes", "the new values"), AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<StudyEditedResult>, ProblemHttpResult>> EditStudyAsync(EditStudyRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.EditStudyAsync(body.StudyInstanceUid, Required("edit study", body.Changes, "changes", "the new values"),
            AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<SeriesSplitResult>, ProblemHttpResult>> SplitSeriesAsync(SplitSeriesRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.SplitSeriesAsync(body.StudyInstanceUid, body.SeriesInstanceUids ?? [], Target("split", body.ExistingPatient, body.NewPatient),
            AeTableEndpoints.Actor(http), body.Reason, body.NewStudyAttributes, cancellationToken));

    private static Task<Results<Ok<RecycleBinResult>, ProblemHttpResult>> DeleteStudyAsync(StudyRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.DeleteStudyAsync(body.StudyInstanceUid, AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<RecycleBinResult>, ProblemHttpResult>> RestoreStudyAsync(StudyRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.RestoreStudyAsync(body.StudyInstanceUid, AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    private static Task<Results<Ok<StudyPurgedResult>, ProblemHttpResult>> PurgeStudyAsync(StudyRequest body,
        StudyCorrectionService corrections, HttpContext http, CancellationToken cancellationToken) =>
        RunAsync(() => corrections.PurgeStudyAsync(body.StudyInstanceUid, AeTableEndpoints.Actor(http), body.Reason, cancellationToken));

    /// <summary>Runs the correction; a refusal or failure becomes a problem whose detail is the service's message.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> RunAsync<T>(Func<Task<T>> correction)
    {
        try
        {
            return TypedResults.Ok(await correction());
        }
        catch (CorrectionException ex)
        {
            var (status, title) = ex.Kind switch
            {
                CorrectionErrorKind.NotFound => (StatusCodes.Status404NotFound, "Not in the PACS"),
                CorrectionErrorKind.Invalid => (StatusCodes.Status400BadRequest, "The correction is not valid"),
                CorrectionErrorKind.Conflict => (StatusCodes.Status409Conflict, "The correction conflicts with the PACS's current state"),
                _ => (StatusCodes.Status500InternalServerError, "The correction failed; nothing was changed"),
            };
            return TypedResults.Problem(title: title, statusCode: status, detail: ex.Message);
        }
    }

    /// <summary>Exactly one of an existing patient and a new one, as the request names them.</summary>
    private static PatientTarget Target(string operation, PatientRef? existing, PatientDemographics? created) => (existing, created) switch
    {
        ({ } patient, null) => PatientTarget.Existing(patient),
        (null, { } demographics) => PatientTarget.New(demographics),
        (null, null) => throw Invalid(operation, "say which patient to use: give 'existingPatient' (a patient the PACS has) or 'newPatient' (one to create)"),
        _ => throw Invalid(operation, "give 'existingPatient' or 'newPatient', not both: the study can go to only one patient"),
    };

    private static T Required<T>(string operation, T? value, string member, string meaning) where T : class =>
        value ?? throw Invalid(operation, $"the request has no '{member}' ({meaning})");

    private static CorrectionException Invalid(string operation, string message) => new(CorrectionErrorKind.Invalid, $"{operation}: {message}");
}
