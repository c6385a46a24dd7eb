using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Corrections;

/// <summary>Corrects a study's accession number, description or referring physician in the index and in every file of the study.</summary>
internal static class EditStudyOperation
{
    public const string Name = "edit study";

    public static async Task<StudyEditedResult> RunAsync(CorrectionSession session, string studyInstanceUid, StudyEdit edit, CancellationToken cancellationToken)
    {
        var study = await CorrectionQueries.LiveStudyAsync(session, studyInstanceUid, cancellationToken).ConfigureAwait(false);
        var changes = Changes(study, edit);
        if (changes.IsEmpty)
            throw session.Error(CorrectionErrorKind.Invalid, $"nothing to change: study {studyInstanceUid} already has the values given");

        var before = AuditJson.Of(AuditJson.Study(study));
        var described = $"{Describe(study, changes)} of {CorrectionText.Study(study)} of {CorrectionText.Patient(study.Patient!)}";
        study.AccessionNumber = changes.AccessionNumber ?? study.AccessionNumber;
        study.StudyDescription = changes.StudyDescription ?? study.StudyDescription;
        study.ReferringPhysicianName = changes.ReferringPhysicianName ?? study.ReferringPhysicianName;
        study.UpdatedAt = session.Now;

        var stamp = FileStamp.Empty().WithStudyAttributes(changes);
        foreach (var instance in CorrectionQueries.InstancesOf(study).ToList())
            await session.RewriteAsync(instance, stamp, cancellationToken).ConfigureAwait(false);
        StudyTotals.Recompute(study);

        var summary = $"Corrected {described}; " +
                      $"{CorrectionText.Files(session.InstancesRewritten)} rewritten to match.";
        var audit = await session.CommitAsync(
            session.Audit("study-edited", $"study {studyInstanceUid}", summary, before, AuditJson.Of(AuditJson.Study(study))),
            cancellationToken).ConfigureAwait(false);
        return new StudyEditedResult
        {
            Action = audit.Action, Summary = audit.Summary, InstancesRewritten = session.InstancesRewritten, AuditRecordId = audit.Id,
            StudyInstanceUid = studyInstanceUid, ChangedAttributes = Keywords(changes),
        };
    }

    /// <summary>The edit reduced to the fields whose value actually changes.</summary>
    private static StudyEdit Changes(StudyRecord study, StudyEdit edit) => new()
    {
        AccessionNumber = edit.AccessionNumber != study.AccessionNumber ? edit.AccessionNumber : null,
        StudyDescription = edit.StudyDescription != study.StudyDescription ? edit.StudyDescription : null,
        ReferringPhysicianName = edit.ReferringPhysicianName != study.ReferringPhysicianName ? edit.ReferringPhysicianName : null,
    };

    private static string Describe(StudyRecord study, StudyEdit changes)
    {
        var parts = new List<string>();
        if (changes.AccessionNumber is { } a) parts.Add($"accession number {CorrectionText.Value(study.AccessionNumber)} to {CorrectionText.Value(a)}");
        if (changes.StudyDescription is { } d) parts.Add($"description {CorrectionText.Value(study.StudyDescription)} to {CorrectionText.Value(d)}");
        if (changes.ReferringPhysicianName is { } r) parts.Add($"referring physician {CorrectionText.Value(study.ReferringPhysicianName)} to {CorrectionText.Value(r)}");
        return string.Join(", ", parts);
    }

    private static List<string> Keywords(StudyEdit changes)
    {
        var keywords = new List<string>();
        if (changes.AccessionNumber is not null) keywords.Add("AccessionNumber");
        if (changes.StudyDescription is not null) keywords.Add("StudyDescription");
        if (changes.ReferringPhysicianName is not null) keywords.Add("ReferringPhysicianName");
        return keywords;
    }
}
