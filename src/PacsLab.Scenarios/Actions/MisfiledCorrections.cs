using System.Net;
using System.Text.Json.Nodes;
using PacsLab.Scenarios.Catalog;
using PacsLab.Scenarios.Lab;
using PacsLab.Scenarios.Objectives;
using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Actions;

/// <summary>
/// The PACS administrator's corrections (POST /api/pacs/corrections/...) as the misfiled-study actions and faults
/// call them. A correction that moves a study to a patient names that patient the way a trainee does: the PACS's
/// own record when it has one, otherwise a new record with the demographics the RIS/HIS holds.
/// </summary>
public static class MisfiledCorrections
{
    public const string Reason = "scenario step";

    public static string Path(string operation) => $"/api/pacs/corrections/{operation}";

    public static Task<JsonNode?> ReassignAsync(ScenarioContext context, string studyInstanceUid, string patientId, CancellationToken cancellationToken) =>
        WithTargetAsync(context, patientId, (existing, created) => context.Api.PostAsync(Path("reassign-study"),
            new { StudyInstanceUid = studyInstanceUid, ExistingPatient = existing, NewPatient = created, Reason }, cancellationToken), cancellationToken);

    public static Task<JsonNode?> SplitAsync(ScenarioContext context, string studyInstanceUid, IReadOnlyList<string> seriesInstanceUids, string patientId,
        object? newStudyAttributes, CancellationToken cancellationToken) =>
        WithTargetAsync(context, patientId, (existing, created) => context.Api.PostAsync(Path("split-series"), new
        {
            StudyInstanceUid = studyInstanceUid, SeriesInstanceUids = seriesInstanceUids, ExistingPatient = existing, NewPatient = created,
            NewStudyAttributes = newStudyAttributes, Reason,
        }, cancellationToken), cancellationToken);

    public static Task<JsonNode?> MergeAsync(ScenarioContext context, string fromPatientId, string intoPatientId, CancellationToken cancellationToken) =>
        context.Api.PostAsync(Path("merge-patients"), new { From = Ref(context, fromPatientId), Into = Ref(context, intoPatientId), Reason }, cancellationToken);

    public static Task<JsonNode?> EditPatientAsync(ScenarioContext context, string patientId, object changes, CancellationToken cancellationToken) =>
        context.Api.PostAsync(Path("edit-patient"), new { Patient = Ref(context, patientId), Changes = changes, Reason }, cancellationToken);

    public static Task<JsonNode?> EditStudyAsync(ScenarioContext context, string studyInstanceUid, object changes, CancellationToken cancellationToken) =>
        context.Api.PostAsync(Path("edit-study"), new { StudyInstanceUid = studyInstanceUid, Changes = changes, Reason }, cancellationToken);

    /// <summary>delete-study, restore-study or purge-study.</summary>
    public static Task<JsonNode?> RecycleBinAsync(ScenarioContext context, string operation, string studyInstanceUid, CancellationToken cancellationToken) =>
        context.Api.PostAsync(Path(operation), new { StudyInstanceUid = studyInstanceUid, Reason }, cancellationToken);

    /// <summary>The Patient ID with the issuer the scenario knows for it (none for an ID only typed at a modality).</summary>
    public static object Ref(ScenarioContext context, string patientId) =>
        new { PatientId = patientId, IssuerOfPatientId = context.State.Patients.TryGetValue(patientId, out var p) ? p.IssuerOfPatientId ?? "" : "" };

    /// <summary>
    /// Runs the correction with the PACS's record of the patient when the search finds one, otherwise with a new
    /// record from the scenario's demographics. A patient whose only studies are in the recycle bin is hidden from
    /// the search but still exists: the PACS then answers 409 and the correction is repeated with the existing record.
    /// </summary>
    private static async Task<JsonNode?> WithTargetAsync(ScenarioContext context, string patientId, Func<object?, object?, Task<JsonNode?>> correct,
        CancellationToken cancellationToken)
    {
        if (await MisfiledPacsLookup.PatientAsync(context, patientId, cancellationToken).ConfigureAwait(false) is not null)
            return await correct(Ref(context, patientId), null).ConfigureAwait(false);
        var patient = context.State.Patients.TryGetValue(patientId, out var known) ? known
            : throw new ScenarioStepException($"patient {patientId} is neither in the PACS nor in the scenario's patients, so there are no demographics to file the study under");
        var created = new
        {
            patient.PatientId, patient.PatientName, PatientBirthDate = patient.BirthDate ?? "", PatientSex = patient.Sex ?? "",
            IssuerOfPatientId = patient.IssuerOfPatientId ?? "",
        };
        try
        {
            return await correct(null, created).ConfigureAwait(false);
        }
        catch (LabApiException ex) when (ex.Status == HttpStatusCode.Conflict && ex.Detail.Contains("already exists", StringComparison.Ordinal))
        {
            return await correct(Ref(context, patientId), null).ConfigureAwait(false);
        }
    }
}
