using Microsoft.EntityFrameworkCore;
using PacsLab.Dicom;
using PacsLab.Pacs.Index;

namespace PacsLab.Pacs.Query;

/// <summary>
/// The instances a C-MOVE or C-GET identifier names (PS3.4 C.4.2.2.1): the unique key of the requested level must
/// have a value (one UID or a list), keys of the levels above narrow it. A patient is a Patient ID within its Issuer of
/// Patient ID (PS3.4 C.6.1.1.2), so an issuer with a value narrows the selection to that issuer's patient. Studies in
/// the recycle bin are not sent.
/// </summary>
public sealed class RetrieveSelector(IDbContextFactory<PacsIndexContext> contexts)
{
    public async Task<IReadOnlyList<InstanceRecord>> SelectAsync(DicomDataset identifier, QueryModel model, CancellationToken cancellationToken)
    {
        var level = QueryLevels.Parse(identifier.GetString(PacsTags.QueryRetrieveLevel), model);
        var (uniqueKey, name) = level switch
        {
            QueryLevel.Patient => (DicomTags.PatientID, "Patient ID (0010,0020)"),
            QueryLevel.Study => (DicomTags.StudyInstanceUID, "Study Instance UID (0020,000D)"),
            QueryLevel.Series => (DicomTags.SeriesInstanceUID, "Series Instance UID (0020,000E)"),
            _ => (DicomTags.SOPInstanceUID, "SOP Instance UID (0008,0018)"),
        };
        if (Values(identifier, uniqueKey).Count == 0)
            throw new QueryRefusedException($"a retrieve at {level.ToString().ToUpperInvariant()} level needs {name} with a value; wildcards and empty values are not allowed here");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var instances = db.Instances.AsNoTracking().Where(i => i.Series!.Study!.DeletedAt == null);
        if (Values(identifier, DicomTags.PatientID) is { Count: > 0 } patients)
            instances = instances.Where(i => patients.Contains(i.Series!.Study!.Patient!.PatientId));
        if (Values(identifier, PacsTags.IssuerOfPatientID) is { Count: > 0 } issuers)
            instances = instances.Where(i => issuers.Contains(i.Series!.Study!.Patient!.IssuerOfPatientId));
        if (level >= QueryLevel.Study && Values(identifier, DicomTags.StudyInstanceUID) is { Count: > 0 } studies)
            instances = instances.Where(i => studies.Contains(i.Series!.Study!.StudyInstanceUid));
        if (level >= QueryLevel.Series && Values(identifier, DicomTags.SeriesInstanceUID) is { Count: > 0 } series)
            instances = instances.Where(i => series.Contains(i.Series!.SeriesInstanceUid));
        if (level >= QueryLevel.Image && Values(identifier, DicomTags.SOPInstanceUID) is { Count: > 0 } sops)
            instances = instances.Where(i => sops.Contains(i.SopInstanceUid));
        return await instances.OrderBy(i => i.SeriesKey).ThenBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The instance's current row (after a correction its file has a new name).</summary>
    public async Task<InstanceRecord?> FindAsync(string sopInstanceUid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.SopInstanceUid == sopInstanceUid, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Values(DicomDataset identifier, DicomTag tag) =>
        identifier.GetStrings(tag).Where(v => v.Length > 0 && v != "*" && !v.Contains('*') && !v.Contains('?')).ToList();
}
