using PacsLab.Scenarios.Runner;

namespace PacsLab.Scenarios.Objectives;

/// <summary>
/// Reads through the PACS search API what the misfiled-study objectives and guards judge: a study by its Study
/// Instance UID, a patient by Patient ID, a series by its UID. Studies in the recycle bin are not found (the
/// search hides them), and a PACS patient exists only while it has a live study.
/// </summary>
public static class MisfiledPacsLookup
{
    public static async Task<IReadOnlyDictionary<string, string>?> StudyAsync(ScenarioContext context, string studyInstanceUid, CancellationToken cancellationToken)
    {
        var rows = await context.Api.SearchAsync("studies", [("StudyInstanceUID", studyInstanceUid)], cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public static async Task<IReadOnlyDictionary<string, string>?> PatientAsync(ScenarioContext context, string patientId, CancellationToken cancellationToken)
    {
        var rows = await context.Api.SearchAsync("patients", [("PatientID", patientId)], cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault(r => r.GetValueOrDefault("PatientID") == patientId);
    }

    public static async Task<IReadOnlyDictionary<string, string>?> SeriesAsync(ScenarioContext context, string seriesInstanceUid, CancellationToken cancellationToken)
    {
        var rows = await context.Api.SearchAsync("series", [("SeriesInstanceUID", seriesInstanceUid)], cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <summary>"PL100003 (O'BRIEN^SEAN)", from a study or patient row.</summary>
    public static string PatientText(IReadOnlyDictionary<string, string> row) =>
        row.GetValueOrDefault("PatientName") is { Length: > 0 } name ? $"{row.GetValueOrDefault("PatientID")} ({name})" : row.GetValueOrDefault("PatientID") ?? "";

    /// <summary>Person names compare as DICOM means them: trailing empty components and padding do not count.</summary>
    public static bool SameName(string? a, string? b) =>
        string.Equals(NormalName(a), NormalName(b), StringComparison.Ordinal);

    private static string NormalName(string? name) =>
        string.Join('=', (name ?? "").Split('=').Select(group => group.Trim().TrimEnd('^').Trim())).TrimEnd('=');

    /// <summary>
    /// The named study, or null while no step has made it yet (a study a correction such as a split names): an
    /// objective about it simply is not reached yet.
    /// </summary>
    public static StudyHandle? Named(ScenarioContext context, string name) => context.State.Studies.TryGetValue(name, out var study) ? study : null;

    public static string NotMadeYet(string name) => $"there is no study '{name}' yet (it is the one a correction, such as a split, makes)";

    /// <summary>What a study handle's study looks like when it is not found, in words.</summary>
    public static string Missing(StudyHandle study) =>
        $"study {study.Name} ({study.StudyInstanceUid}) is not in the PACS: it was deleted, purged, or never arrived";
}
